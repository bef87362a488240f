#pragma once
// The revision figures of arckit-mlops-bench --revision (widgets on the
// offscreen platform), printed as "name value unit": opening a 45 KB,
// 1,400-line strategy for revision (read, parse, answers, gap view), making
// its next version, the line diff of two versions, and the diff view shown.

#include <QTextStream>

namespace arckit::bench {

class RevisionBenchmarks
{
public:
    explicit RevisionBenchmarks(QTextStream &out)
        : m_out(out)
    {
    }
    int run(int &argc, char **argv);

private:
    QTextStream &m_out;
};

} // namespace arckit::bench
