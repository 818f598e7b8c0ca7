#include <benchmark/benchmark.h>
#include "boardlens/domain/analytics.hpp"
int main() { return 0; }
