// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace fieldcase::bench {

double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<size_t>(rank, 1, samples.size()) - 1);
}

double median(std::vector<double> samples) {
    return percentile(std::move(samples), 50);
}

void BenchReport::print(QTextStream& out) const {
    QString group;
    for (const Figure& f : m_figures) {
        if (f.group != group) {
            group = f.group;
            out << '\n' << group << '\n' << QString(group.size(), QLatin1Char('-')) << '\n';
        }
        out << "  " << f.name.leftJustified(34)
            << QString::number(f.value, 'f', f.value < 10 ? 2 : 0).rightJustified(12) << ' ' << f.unit.leftJustified(8);
        if (f.baseline >= 0) {
            const double ratio = f.baseline > 0 ? f.value / f.baseline : 0;
            out << "  " << f.baselineName << ": " << QString::number(f.baseline, 'f', f.baseline < 10 ? 2 : 0) << ' '
                << f.unit << "  (ratio " << QString::number(ratio, 'f', 2) << ')';
        }
        out << '\n';
    }
    out.flush();
}

bool BenchReport::writeJson(const QString& path) const {
    QJsonArray rows;
    for (const Figure& f : m_figures) {
        QJsonObject o{{QStringLiteral("group"), f.group},
                      {QStringLiteral("name"), f.name},
                      {QStringLiteral("value"), f.value},
                      {QStringLiteral("unit"), f.unit}};
        if (f.baseline >= 0) {
            o.insert(QStringLiteral("baseline"), f.baseline);
            o.insert(QStringLiteral("baseline_name"), f.baselineName);
            o.insert(QStringLiteral("ratio"), f.baseline > 0 ? f.value / f.baseline : 0);
        }
        rows.append(o);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    return file.write(QJsonDocument(rows).toJson()) > 0;
}

} // namespace fieldcase::bench
