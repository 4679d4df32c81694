// Work spread over every core, results kept in input order so output stays deterministic.
#pragma once
#include <cstddef>
#include <functional>
#include <vector>

namespace pvpp {

/// Threads parallel_for uses by default: the machine's cores (at least 1).
std::size_t default_thread_count();

/// Runs work(i) for every i in [0, n), spread over up to `threads` threads (the caller's
/// included); returns when all are done. work must only read shared state and write
/// its own slot. The first exception thrown by work is rethrown here.
void parallel_for(std::size_t n, const std::function<void(std::size_t)>& work,
                  std::size_t threads = default_thread_count());

/// parallel_for collecting work(i) into slot i: the order never depends on timing.
template <class T, class Work>
std::vector<T> parallel_map(std::size_t n, const Work& work, std::size_t threads = default_thread_count()) {
    std::vector<T> out(n);
    parallel_for(n, [&](std::size_t i) { out[i] = work(i); }, threads);
    return out;
}

}  // namespace pvpp
