#include "rp-chart.h"
