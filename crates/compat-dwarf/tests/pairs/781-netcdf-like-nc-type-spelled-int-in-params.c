// expect: none
// why: netcdf.h declares typedef int nc_type; v2 spells the xtype parameters of nc_def_var and nc_inq_vartype's
// why: out-parameter as plain int, and nc_put_att_int's as int too. A typedef and the type it names are the same
// why: type in C: same register, same pointee, no symbol change, nothing for binaries or sources.
// abidiff: 0 agree
//--- v1/netcdf.h
#include <stddef.h>
typedef int nc_type;
int nc_def_var(int ncid, const char *name, nc_type xtype, int ndims, const int *dimidsp, int *varidp);
int nc_inq_vartype(int ncid, int varid, nc_type *xtypep);
int nc_put_att_int(int ncid, int varid, const char *name, nc_type xtype, size_t len, const int *op);
//--- v2/netcdf.h
#include <stddef.h>
typedef int nc_type;
int nc_def_var(int ncid, const char *name, int xtype, int ndims, const int *dimidsp, int *varidp);
int nc_inq_vartype(int ncid, int varid, int *xtypep);
int nc_put_att_int(int ncid, int varid, const char *name, int xtype, size_t len, const int *op);
//--- v1
#include "netcdf.h"
static nc_type var_types[64];
static int nvars;
int nc_def_var(int ncid, const char *name, nc_type xtype, int ndims, const int *dimidsp, int *varidp) { if (ncid < 0 || !name || ndims < 0 || (ndims && !dimidsp) || nvars == 64) return -33; var_types[nvars] = xtype; if (varidp) *varidp = nvars; nvars++; return 0; }
int nc_inq_vartype(int ncid, int varid, nc_type *xtypep) { if (ncid < 0 || varid < 0 || varid >= nvars) return -49; if (xtypep) *xtypep = var_types[varid]; return 0; }
int nc_put_att_int(int ncid, int varid, const char *name, nc_type xtype, size_t len, const int *op) { return ncid < 0 || !name || (len && !op) || xtype < 1 || varid < -1 ? -36 : 0; }
//--- v2
#include "netcdf.h"
static int var_types[64];
static int nvars;
int nc_def_var(int ncid, const char *name, int xtype, int ndims, const int *dimidsp, int *varidp) { if (ncid < 0 || !name || ndims < 0 || (ndims && !dimidsp) || nvars == 64) return -33; var_types[nvars] = xtype; if (varidp) *varidp = nvars; nvars++; return 0; }
int nc_inq_vartype(int ncid, int varid, int *xtypep) { if (ncid < 0 || varid < 0 || varid >= nvars) return -49; if (xtypep) *xtypep = var_types[varid]; return 0; }
int nc_put_att_int(int ncid, int varid, const char *name, int xtype, size_t len, const int *op) { return ncid < 0 || !name || (len && !op) || xtype < 1 || varid < -1 ? -36 : 0; }
