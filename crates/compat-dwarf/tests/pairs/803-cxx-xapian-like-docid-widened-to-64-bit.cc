// expect: breaking
// why: Xapian::docid is typedef unsigned; a build with --enable-64bit-docid makes it unsigned long. Every function
// why: taking a docid gets another mangled name (j becomes m): Database::get_document(docid), Document(docid) and
// why: WritableDatabase::delete_document(docid) that old binaries call are gone; Document, returned by value, grows
// why: from 4 to 8 bytes, and Document::get_docid (same symbol) now returns 8 bytes where old callers read eax.
// abidiff: 12 agree
//--- v1/xapian.h
namespace Xapian {
typedef unsigned docid;
typedef unsigned doccount;
class Document { public: explicit Document(docid id); docid get_docid() const; private: docid id_; };
class Database {
public:
    Database();
    Document get_document(docid did) const;
    doccount get_doccount() const;
protected:
    doccount count_;
};
class WritableDatabase : public Database {
public:
    WritableDatabase();
    docid add_document(const Document &doc);
    void delete_document(docid did);
};
}
//--- v2/xapian.h
namespace Xapian {
typedef unsigned long docid;
typedef unsigned doccount;
class Document { public: explicit Document(docid id); docid get_docid() const; private: docid id_; };
class Database {
public:
    Database();
    Document get_document(docid did) const;
    doccount get_doccount() const;
protected:
    doccount count_;
};
class WritableDatabase : public Database {
public:
    WritableDatabase();
    docid add_document(const Document &doc);
    void delete_document(docid did);
};
}
//--- v1
#include "xapian.h"
namespace Xapian {
Document::Document(docid id) : id_(id) {}
docid Document::get_docid() const { return id_; }
Database::Database() : count_(0) {}
Document Database::get_document(docid did) const { return Document(did <= count_ ? did : 0); }
doccount Database::get_doccount() const { return count_; }
WritableDatabase::WritableDatabase() : Database() {}
docid WritableDatabase::add_document(const Document &doc) { (void)doc; return ++count_; }
void WritableDatabase::delete_document(docid did) { if (did && did <= count_) --count_; }
}
//--- v2
#include "xapian.h"
namespace Xapian {
Document::Document(docid id) : id_(id) {}
docid Document::get_docid() const { return id_; }
Database::Database() : count_(0) {}
Document Database::get_document(docid did) const { return Document(did <= count_ ? did : 0); }
doccount Database::get_doccount() const { return count_; }
WritableDatabase::WritableDatabase() : Database() {}
docid WritableDatabase::add_document(const Document &doc) { (void)doc; return ++count_; }
void WritableDatabase::delete_document(docid did) { if (did && did <= count_) --count_; }
}
