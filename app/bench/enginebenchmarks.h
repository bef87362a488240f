#pragma once
// The engine figures of arckit-mlops-bench, printed as "name value unit".

#include <QTextStream>

namespace arckit::bench {

class EngineBenchmarks
{
public:
    explicit EngineBenchmarks(QTextStream &out)
        : m_out(out)
    {
    }
    int run();

private:
    void scan();
    void generate();
    void check();

    QTextStream &m_out;
};

} // namespace arckit::bench
