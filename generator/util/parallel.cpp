#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace pvpp {

std::size_t default_thread_count() {
    unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

// Items are handed out one at a time from a shared counter, so a slow item does not
// leave the other threads idle behind a fixed split.
void parallel_for(std::size_t n, const std::function<void(std::size_t)>& work, std::size_t threads) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto run = [&] {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
            try {
                work(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(failure_mutex);
                if (!failure) { failure = std::current_exception(); }
                next.store(n, std::memory_order_relaxed);
            }
        }
    };
    std::size_t helpers = std::min(threads, n) > 0 ? std::min(threads, n) - 1 : 0;
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (std::size_t t = 0; t < helpers; ++t) { pool.emplace_back(run); }
    run();
    for (auto& t : pool) { t.join(); }
    if (failure) { std::rethrow_exception(failure); }
}

}  // namespace pvpp
