// expect: none
// why: Gmsh's generated C++ API declares its by-value parameters const (void generate(const int dim = 3),
// why: setNumber(const std::string &name, const double value)); v2 adds that top-level const to the declarations and
// why: definitions of gmsh::model::mesh::generate, gmsh::model::mesh::setOrder and gmsh::option::setNumber.
// why: Top-level qualifiers of parameters are not part of a function's type or its mangled name, and the same
// why: values travel in the same registers: the two versions denote the same functions.
// abidiff: 0 agree
//--- v1/gmsh.h
#include <string>
namespace gmsh {
namespace model { namespace mesh {
void generate(int dim = 3);
void setOrder(int order);
int lastDimension();
} }
namespace option {
void setNumber(const std::string &name, double value);
double getNumber(const std::string &name);
}
}
//--- v2/gmsh.h
#include <string>
namespace gmsh {
namespace model { namespace mesh {
void generate(const int dim = 3);
void setOrder(const int order);
int lastDimension();
} }
namespace option {
void setNumber(const std::string &name, const double value);
double getNumber(const std::string &name);
}
}
//--- v1
#include <map>
#include "gmsh.h"
namespace gmsh {
static int last_dim = -1;
static int mesh_order = 1;
static std::map<std::string, double> &numbers() { static std::map<std::string, double> n; return n; }
namespace model { namespace mesh {
void generate(int dim) { last_dim = dim < 0 ? 0 : dim > 3 ? 3 : dim; }
void setOrder(int order) { mesh_order = order; }
int lastDimension() { return last_dim * 10 + mesh_order; }
} }
namespace option {
void setNumber(const std::string &name, double value) { numbers()[name] = value; }
double getNumber(const std::string &name) { auto it = numbers().find(name); return it == numbers().end() ? 0.0 : it->second; }
}
}
//--- v2
#include <map>
#include "gmsh.h"
namespace gmsh {
static int last_dim = -1;
static int mesh_order = 1;
static std::map<std::string, double> &numbers() { static std::map<std::string, double> n; return n; }
namespace model { namespace mesh {
void generate(const int dim) { last_dim = dim < 0 ? 0 : dim > 3 ? 3 : dim; }
void setOrder(const int order) { mesh_order = order; }
int lastDimension() { return last_dim * 10 + mesh_order; }
} }
namespace option {
void setNumber(const std::string &name, const double value) { numbers()[name] = value; }
double getNumber(const std::string &name) { auto it = numbers().find(name); return it == numbers().end() ? 0.0 : it->second; }
}
}
