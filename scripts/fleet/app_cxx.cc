// A C++ program: libstdc++, libgcc_s and libc.
#include <iostream>
#include <map>
#include <string>
#include <vector>
extern "C" unsigned fu_hash(const char *);
int main(int argc, char **argv) {
    std::map<std::string, std::vector<int>> m;
    for (int i = 0; i < argc; i++) m[argv[i]].push_back(i);
    for (auto &kv : m) std::cout << kv.first << " " << fu_hash(kv.first.c_str()) << "\n";
    return 0;
}
