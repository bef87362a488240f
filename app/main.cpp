#include <cstdio>
int main() { std::puts("arckit-mlops"); return 0; }
