// expect: info
// why: octomap::OcTreeDataNode<T> keeps its child array as a pointer to pointers; v2 (octomap 1.8) retypes it from
// why: OcTreeDataNode<T> ** to AbstractOcTreeNode **, the empty, non-virtual first base of every node, and casts back
// why: in the accessors. A node pointer converts to its empty base at offset 0 without changing its value, so the
// why: member holds the same 8-byte pointer to the same array of the same pointers at the same offset; nodes keep
// why: their layout and the exported instantiations their symbols. Only the declared type changed.
// abidiff: 4 disagree: the member's pointee is an empty base at offset 0 of what it pointed to; the stored pointers and every layout are unchanged.
//--- v1/OcTreeDataNode.h
#include <cstddef>
namespace octomap {
class AbstractOcTreeNode {};
template <typename T> class OcTreeDataNode : public AbstractOcTreeNode {
public:
    OcTreeDataNode();
    explicit OcTreeDataNode(T initVal);
    ~OcTreeDataNode();
    T getValue() const { return value; }
    void setValue(T v) { value = v; }
    bool hasChildren() const;
    OcTreeDataNode<T> *getChild(unsigned int i) const { return children ? children[i] : nullptr; }
    void createChild(unsigned int i);
protected:
    OcTreeDataNode<T> **children;
    T value;
};
class OcTreeNode : public OcTreeDataNode<float> {
public:
    OcTreeNode();
    ~OcTreeNode();
    double getOccupancy() const;
    float getLogOdds() const { return value; }
    void addValue(const float &logOdds);
};
extern template class OcTreeDataNode<float>;
}
//--- v2/OcTreeDataNode.h
#include <cstddef>
namespace octomap {
class AbstractOcTreeNode {};
template <typename T> class OcTreeDataNode : public AbstractOcTreeNode {
public:
    OcTreeDataNode();
    explicit OcTreeDataNode(T initVal);
    ~OcTreeDataNode();
    T getValue() const { return value; }
    void setValue(T v) { value = v; }
    bool hasChildren() const;
    OcTreeDataNode<T> *getChild(unsigned int i) const { return children ? static_cast<OcTreeDataNode<T> *>(children[i]) : nullptr; }
    void createChild(unsigned int i);
protected:
    AbstractOcTreeNode **children;
    T value;
};
class OcTreeNode : public OcTreeDataNode<float> {
public:
    OcTreeNode();
    ~OcTreeNode();
    double getOccupancy() const;
    float getLogOdds() const { return value; }
    void addValue(const float &logOdds);
};
extern template class OcTreeDataNode<float>;
}
//--- v1
#include <cmath>
#include "OcTreeDataNode.h"
namespace octomap {
template <typename T> OcTreeDataNode<T>::OcTreeDataNode() : children(nullptr), value() {}
template <typename T> OcTreeDataNode<T>::OcTreeDataNode(T initVal) : children(nullptr), value(initVal) {}
template <typename T> OcTreeDataNode<T>::~OcTreeDataNode() { if (children) { for (unsigned int i = 0; i < 8; i++) delete children[i]; delete[] children; } }
template <typename T> bool OcTreeDataNode<T>::hasChildren() const { if (!children) return false; for (unsigned int i = 0; i < 8; i++) if (children[i]) return true; return false; }
template <typename T> void OcTreeDataNode<T>::createChild(unsigned int i) {
    if (!children) { children = new OcTreeDataNode<T> *[8]; for (unsigned int k = 0; k < 8; k++) children[k] = nullptr; }
    children[i] = new OcTreeDataNode<T>(value);
}
template class OcTreeDataNode<float>;
OcTreeNode::OcTreeNode() : OcTreeDataNode<float>(0.0f) {}
OcTreeNode::~OcTreeNode() {}
double OcTreeNode::getOccupancy() const { return 1.0 - 1.0 / (1.0 + std::exp(value)); }
void OcTreeNode::addValue(const float &logOdds) { value += logOdds; }
}
//--- v2
#include <cmath>
#include "OcTreeDataNode.h"
namespace octomap {
template <typename T> OcTreeDataNode<T>::OcTreeDataNode() : children(nullptr), value() {}
template <typename T> OcTreeDataNode<T>::OcTreeDataNode(T initVal) : children(nullptr), value(initVal) {}
template <typename T> OcTreeDataNode<T>::~OcTreeDataNode() { if (children) { for (unsigned int i = 0; i < 8; i++) delete static_cast<OcTreeDataNode<T> *>(children[i]); delete[] children; } }
template <typename T> bool OcTreeDataNode<T>::hasChildren() const { if (!children) return false; for (unsigned int i = 0; i < 8; i++) if (children[i]) return true; return false; }
template <typename T> void OcTreeDataNode<T>::createChild(unsigned int i) {
    if (!children) { children = new AbstractOcTreeNode *[8]; for (unsigned int k = 0; k < 8; k++) children[k] = nullptr; }
    children[i] = new OcTreeDataNode<T>(value);
}
template class OcTreeDataNode<float>;
OcTreeNode::OcTreeNode() : OcTreeDataNode<float>(0.0f) {}
OcTreeNode::~OcTreeNode() {}
double OcTreeNode::getOccupancy() const { return 1.0 - 1.0 / (1.0 + std::exp(value)); }
void OcTreeNode::addValue(const float &logOdds) { value += logOdds; }
}
