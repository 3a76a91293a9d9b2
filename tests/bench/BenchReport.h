// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QTextStream>

#include <vector>

namespace fieldcase::bench {

// One measured figure, with the baseline it is compared with in the same run when there is one.
struct Figure {
    QString group;    // "storage, 10000 people"
    QString name;     // "demo generation"
    double value = 0; // in unit
    QString unit;     // "rows/s", "ms"
    double baseline = -1;
    QString baselineName; // "raw SQLite insert"
};

class BenchReport {
public:
    void add(const Figure& f) { m_figures.append(f); }
    void print(QTextStream& out) const;
    bool writeJson(const QString& path) const;

private:
    QList<Figure> m_figures;
};

// Percentile (0-100) of samples, by nearest rank.
double percentile(std::vector<double> samples, double p);
double median(std::vector<double> samples);

} // namespace fieldcase::bench
