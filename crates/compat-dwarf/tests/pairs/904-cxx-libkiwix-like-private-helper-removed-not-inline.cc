// expect: info
// why: kiwix::Library::removeBookById_unlocked was a private, non-virtual member function, defined in the library
// why: and called only by the library's own members; no inline function or template in the header calls it and the
// why: class has no friends. v2 folds it into removeBookById and drops its symbol. No consumer can have called it (it
// why: is private and never inlined into consumer code), so no binary built against v1 references it: removing private
// why: non-virtual functions not called by inline code is allowed (KDE's binary compatibility rules). Layout unchanged.
// abidiff: 12 disagree: abidiff reports the removed function, but it is private and non-virtual, no inline code in the header calls it, so no consumer binary can reference its symbol.
// known-miss: breaking: compat reports a removed exported function as breaking unless it can prove no consumer code calls it, and here it cannot: getBookCount is inline, and its body (compiled into consumers) is not in the library's DWARF, which has only its declaration; and GCC writes no DW_TAG_friend, so an inline friend calling removeBookById_unlocked would be invisible too.
//--- v1/library.h
#include <string>
#include <vector>
namespace kiwix {
class Library {
public:
    Library();
    ~Library();
    bool addBook(const std::string &id, const std::string &path);
    bool removeBookById(const std::string &id);
    unsigned int getBookCount() const { return static_cast<unsigned int>(m_ids.size()); }
    std::vector<std::string> getBooksIds() const;
private:
    bool removeBookById_unlocked(const std::string &id);
    std::vector<std::string> m_ids;
    std::vector<std::string> m_paths;
    unsigned long m_revision;
};
}
//--- v2/library.h
#include <string>
#include <vector>
namespace kiwix {
class Library {
public:
    Library();
    ~Library();
    bool addBook(const std::string &id, const std::string &path);
    bool removeBookById(const std::string &id);
    unsigned int getBookCount() const { return static_cast<unsigned int>(m_ids.size()); }
    std::vector<std::string> getBooksIds() const;
private:
    std::vector<std::string> m_ids;
    std::vector<std::string> m_paths;
    unsigned long m_revision;
};
}
//--- v1
#include <mutex>
#include "library.h"
namespace kiwix {
static std::mutex library_mutex;
Library::Library() : m_revision(0) {}
Library::~Library() {}
bool Library::addBook(const std::string &id, const std::string &path) {
    std::lock_guard<std::mutex> lock(library_mutex);
    for (const auto &i : m_ids) if (i == id) return false;
    m_ids.push_back(id); m_paths.push_back(path); m_revision++;
    return true;
}
bool Library::removeBookById_unlocked(const std::string &id) {
    for (std::size_t i = 0; i < m_ids.size(); i++)
        if (m_ids[i] == id) { m_ids.erase(m_ids.begin() + static_cast<long>(i)); m_paths.erase(m_paths.begin() + static_cast<long>(i)); m_revision++; return true; }
    return false;
}
bool Library::removeBookById(const std::string &id) { std::lock_guard<std::mutex> lock(library_mutex); return removeBookById_unlocked(id); }
std::vector<std::string> Library::getBooksIds() const { std::lock_guard<std::mutex> lock(library_mutex); return m_ids; }
}
//--- v2
#include <mutex>
#include "library.h"
namespace kiwix {
static std::mutex library_mutex;
Library::Library() : m_revision(0) {}
Library::~Library() {}
bool Library::addBook(const std::string &id, const std::string &path) {
    std::lock_guard<std::mutex> lock(library_mutex);
    for (const auto &i : m_ids) if (i == id) return false;
    m_ids.push_back(id); m_paths.push_back(path); m_revision++;
    return true;
}
bool Library::removeBookById(const std::string &id) {
    std::lock_guard<std::mutex> lock(library_mutex);
    for (std::size_t i = 0; i < m_ids.size(); i++)
        if (m_ids[i] == id) { m_ids.erase(m_ids.begin() + static_cast<long>(i)); m_paths.erase(m_paths.begin() + static_cast<long>(i)); m_revision++; return true; }
    return false;
}
std::vector<std::string> Library::getBooksIds() const { std::lock_guard<std::mutex> lock(library_mutex); return m_ids; }
}
