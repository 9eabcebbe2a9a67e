// expect: none
// why: Members of the public class are respelled through nested typedefs (size_type = unsigned long,
// why: value_type = double): same types, sizes and offsets.
// abidiff: 0 agree
//--- v1
class Buffer { public: unsigned long size() const; double at(unsigned long i) const; private: unsigned long n; double *data; };
unsigned long Buffer::size() const { return n; }
double Buffer::at(unsigned long i) const { return data[i]; }
//--- v2
class Buffer { public: typedef unsigned long size_type; typedef double value_type; size_type size() const; value_type at(size_type i) const; private: size_type n; value_type *data; };
Buffer::size_type Buffer::size() const { return n; }
Buffer::value_type Buffer::at(size_type i) const { return data[i]; }
