#include "rp-parse.h"
