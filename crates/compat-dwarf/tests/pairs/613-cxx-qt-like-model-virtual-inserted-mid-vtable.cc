// expect: breaking
// why: QAbstractItemModel is a class consumers derive from (a protected constructor, pure virtuals) and
// why: QAbstractItemView::setModel calls through it. v2 inserts virtual void multiData(int row, int *roles, int n)
// why: before setData (as Qt 6 did): setData, headerData and rowCount move one slot down, so the library calls
// why: an old model's rowCount where it means headerData, and past its vtable for rowCount.
// abidiff: 12 agree
//--- v1/qabstractitemmodel.h
class QAbstractItemModel {
public:
  virtual ~QAbstractItemModel();
  virtual int data(int row, int role) const = 0;
  virtual bool setData(int row, int value, int role);
  virtual int headerData(int section) const;
  virtual int rowCount() const = 0;
protected:
  QAbstractItemModel() {}
};
class QAbstractItemView {
public:
  void setModel(QAbstractItemModel *model);
  int sum() const;
private:
  QAbstractItemModel *m_model = nullptr;
};
//--- v2/qabstractitemmodel.h
class QAbstractItemModel {
public:
  virtual ~QAbstractItemModel();
  virtual int data(int row, int role) const = 0;
  virtual void multiData(int row, int *roles, int n) const;
  virtual bool setData(int row, int value, int role);
  virtual int headerData(int section) const;
  virtual int rowCount() const = 0;
protected:
  QAbstractItemModel() {}
};
class QAbstractItemView {
public:
  void setModel(QAbstractItemModel *model);
  int sum() const;
private:
  QAbstractItemModel *m_model = nullptr;
};
//--- v1
#include "qabstractitemmodel.h"
QAbstractItemModel::~QAbstractItemModel() {}
bool QAbstractItemModel::setData(int, int, int) { return false; }
int QAbstractItemModel::headerData(int section) const { return section; }
void QAbstractItemView::setModel(QAbstractItemModel *model) { m_model = model; }
int QAbstractItemView::sum() const { int s = m_model->headerData(0); for (int r = 0; r < m_model->rowCount(); r++) s += m_model->data(r, 0); return s; }
//--- v2
#include "qabstractitemmodel.h"
QAbstractItemModel::~QAbstractItemModel() {}
void QAbstractItemModel::multiData(int row, int *roles, int n) const { for (int i = 0; i < n; i++) roles[i] = data(row, roles[i]); }
bool QAbstractItemModel::setData(int, int, int) { return false; }
int QAbstractItemModel::headerData(int section) const { return section; }
void QAbstractItemView::setModel(QAbstractItemModel *model) { m_model = model; }
int QAbstractItemView::sum() const { int s = m_model->headerData(0); for (int r = 0; r < m_model->rowCount(); r++) s += m_model->data(r, 0); return s; }
