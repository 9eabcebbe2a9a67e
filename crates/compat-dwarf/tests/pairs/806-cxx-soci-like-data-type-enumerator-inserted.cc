// expect: breaking
// why: soci::column_properties::get_data_type() returns the unscoped enum data_type, which consumers compare with the
// why: enumerators compiled into them (switch on dt_xml...). v2 inserts dt_blob before dt_xml: dt_xml goes from 6 to
// why: 7, so an old binary reads every XML column as whatever 7 was not, and reads a BLOB column (6) as XML.
// abidiff: 4 agree
//--- v1/soci-backend.h
#include <cstddef>
namespace soci {
enum data_type { dt_string, dt_date, dt_double, dt_integer, dt_long_long, dt_unsigned_long_long, dt_xml };
class column_properties {
public:
    column_properties(const char *name, data_type dt);
    const char *get_name() const;
    data_type get_data_type() const;
private:
    const char *name_;
    data_type dataType_;
};
data_type type_of_sql(const char *sql_type);
}
//--- v2/soci-backend.h
#include <cstddef>
namespace soci {
enum data_type { dt_string, dt_date, dt_double, dt_integer, dt_long_long, dt_unsigned_long_long, dt_blob, dt_xml };
class column_properties {
public:
    column_properties(const char *name, data_type dt);
    const char *get_name() const;
    data_type get_data_type() const;
private:
    const char *name_;
    data_type dataType_;
};
data_type type_of_sql(const char *sql_type);
}
//--- v1
#include <cstring>
#include "soci-backend.h"
namespace soci {
column_properties::column_properties(const char *name, data_type dt) : name_(name), dataType_(dt) {}
const char *column_properties::get_name() const { return name_; }
data_type column_properties::get_data_type() const { return dataType_; }
data_type type_of_sql(const char *t) {
    if (!std::strcmp(t, "xml")) return dt_xml;
    if (!std::strcmp(t, "bigint")) return dt_long_long;
    if (!std::strcmp(t, "int")) return dt_integer;
    if (!std::strcmp(t, "double")) return dt_double;
    if (!std::strcmp(t, "timestamp")) return dt_date;
    return dt_string;
}
}
//--- v2
#include <cstring>
#include "soci-backend.h"
namespace soci {
column_properties::column_properties(const char *name, data_type dt) : name_(name), dataType_(dt) {}
const char *column_properties::get_name() const { return name_; }
data_type column_properties::get_data_type() const { return dataType_; }
data_type type_of_sql(const char *t) {
    if (!std::strcmp(t, "xml")) return dt_xml;
    if (!std::strcmp(t, "blob")) return dt_blob;
    if (!std::strcmp(t, "bigint")) return dt_long_long;
    if (!std::strcmp(t, "int")) return dt_integer;
    if (!std::strcmp(t, "double")) return dt_double;
    if (!std::strcmp(t, "timestamp")) return dt_date;
    return dt_string;
}
}
