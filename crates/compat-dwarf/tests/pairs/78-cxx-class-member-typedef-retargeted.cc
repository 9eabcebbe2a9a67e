// expect: breaking
// why: The nested typedef size_type goes from unsigned int to unsigned long in a class with exported
// why: members: n grows to 8 bytes, flags and data move (4 to 8, 8 to 16), and size() returns 64 bits
// why: under the same symbol (return types are not mangled).
// abidiff: 4 agree
//--- v1
class Buffer { public: typedef unsigned int size_type; size_type size() const; private: size_type n; int flags; double *data; };
Buffer::size_type Buffer::size() const { return n + flags; }
//--- v2
class Buffer { public: typedef unsigned long size_type; size_type size() const; private: size_type n; int flags; double *data; };
Buffer::size_type Buffer::size() const { return n + flags; }
