"""How fast this machine runs Python, so that figures from different machines can be compared.

Latency and CPU figures of the benchmarks scale with the speed of the core that runs them, and
the machines these benchmarks run on differ (the same code measured 1.7x slower on one 2-core
machine than on another). :func:`reference_ms` times a fixed piece of pure-Python work (integer
arithmetic, dictionary and string operations, as a web request or the engine does) on one core,
in CPU time, best of five. A figure measured on a machine with reference R can be compared with
one measured where it was R' by the ratio R / R'.
"""

from __future__ import annotations

import os
import time


def _work() -> int:
    total = 0
    table: dict[str, int] = {}
    for i in range(200_000):
        key = f"k{i % 997}"
        table[key] = table.get(key, 0) + i
        total += len(key.upper()) * (i & 7)
    return total + len(table)


def reference_ms(rounds: int = 5) -> float:
    """CPU milliseconds of the fixed work, best of ``rounds``."""
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        _work()
        best = min(best, time.process_time() - t)
    return best * 1000


def machine_line() -> str:
    """One line for a benchmark's output: the reference time, cores and load."""
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"reference work {reference_ms():.0f} ms CPU (bench/machine.py; smaller is a faster "
        f"core), {os.cpu_count()} cores, load average {load}"
    )


if __name__ == "__main__":
    print(machine_line())
