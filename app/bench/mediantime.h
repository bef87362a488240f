#pragma once
// The median wall time of a few runs of a function: steadier than the mean
// on a shared machine, where one run now and then is slowed by others.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace arckit::bench {

template<typename Function>
double medianMs(int runs, Function function)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        function();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace arckit::bench
