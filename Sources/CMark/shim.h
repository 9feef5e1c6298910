#ifndef CHRONICLE_CMARK_SHIM_H
#define CHRONICLE_CMARK_SHIM_H
#include <cmark.h>
#endif
