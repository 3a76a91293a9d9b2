// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentsBench.h"

#include "BenchReport.h"
#include "BenchUtil.h"

#include "demo/DemoGenerator.h"
#include "documents/DocumentPrinter.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>

#include <stdexcept>

namespace fieldcase::bench {

namespace {

constexpr int kSinglePlans = 40;

const QString kPlans = QStringLiteral("SELECT id, kind FROM plan WHERE deleted = 0 ORDER BY id LIMIT ?");

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

// The baseline's plan: what a plain Qt program would print for it.
QString planHtml(core::RecordStore& store, const QString& planId) {
    auto plan = store.get(QStringLiteral("plan"), planId);
    if (!plan) {
        fail(plan.error().toString());
    }
    QString whom;
    if (!plan->text(QStringLiteral("person_id")).isEmpty()) {
        auto person = store.get(QStringLiteral("person"), plan->text(QStringLiteral("person_id")));
        if (person) {
            whom = person->text(QStringLiteral("family_name")) + QLatin1Char(' ') +
                   person->text(QStringLiteral("given_names"));
        }
    } else {
        auto household = store.get(QStringLiteral("household"), plan->text(QStringLiteral("household_id")));
        if (household) {
            whom = household->text(QStringLiteral("name"));
        }
    }
    auto goals =
        store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), planId, QStringLiteral("sort_order"));
    if (!goals) {
        fail(goals.error().toString());
    }
    QString html =
        QStringLiteral("<h1>Development plan</h1><p>%1</p><p>%2 - %3</p><table border=1 width=100%>")
            .arg(escaped(whom), plan->text(QStringLiteral("start_date")), plan->text(QStringLiteral("end_date")));
    for (const core::Record& goal : *goals) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr><tr><td colspan=3>%4</td></tr>")
                    .arg(escaped(goal.text(QStringLiteral("title"))), goal.text(QStringLiteral("deadline")),
                         goal.text(QStringLiteral("status")), escaped(goal.text(QStringLiteral("steps"))));
    }
    html += QStringLiteral("</table><h2>Signatures</h2><table border=1 width=100%><tr><th>Name</th><th>Signature</th>"
                           "<th>Date</th><th>Place</th></tr><tr><td>%1</td><td></td><td></td><td></td></tr></table>")
                .arg(escaped(whom));
    return html;
}

void printHtml(const QString& html, const QString& path) {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    document.setHtml(html);
    document.print(&writer);
}

qint64 fileSize(const QString& path) {
    return QFile(path).size();
}

} // namespace

void runDocumentsBench(int batchSize, const QString& workDir, BenchReport& report) {
    const QString dbPath = QDir(workDir).filePath(QStringLiteral("documents-bench.db"));
    QFile::remove(dbPath);
    auto db = core::Database::open(dbPath);
    if (!db) {
        fail(db.error().toString());
    }
    core::DemoOptions options;
    // Enough people for the batch: most people aged 16-55 have a plan.
    options.people = std::max(600, batchSize * 3);
    options.seed = 11;
    options.today = QDate(2026, 6, 1);
    auto summary = core::DemoGenerator::generate(**db, options);
    if (!summary) {
        fail(summary.error().toString());
    }
    QList<core::DocumentRequest> requests;
    {
        core::Statement st(**db, kPlans);
        st.bind(batchSize);
        if (auto s = st.exec(); !s) {
            fail(s.error().toString());
        }
        while (st.next()) {
            requests.append({st.value(1).toString() == QStringLiteral("family") ? core::DocumentKind::FamilyPlan
                                                                                : core::DocumentKind::IndividualPlan,
                             st.value(0).toString()});
        }
    }
    if (requests.size() < batchSize) {
        fail(QStringLiteral("the demo programme has only %1 plans").arg(requests.size()));
    }
    const QString group = QStringLiteral("documents, %1 plans").arg(batchSize);
    const QString pdf = QDir(workDir).filePath(QStringLiteral("bench.pdf"));
    const QString plain = QDir(workDir).filePath(QStringLiteral("plain.pdf"));
    core::RecordStore store(**db);

    std::vector<double> ours;
    std::vector<double> baseline;
    int pages = 0;
    for (int i = 0; i < kSinglePlans && i < requests.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        core::DocumentPrinter printer(**db);
        if (auto s = printer.writePdf(pdf, {requests.at(i)}); !s) {
            fail(s.error().toString());
        }
        ours.push_back(msSince(timer));
        pages += printer.lastPageCount();
        timer.restart();
        printHtml(planHtml(store, requests.at(i).id), plain);
        baseline.push_back(msSince(timer));
    }
    report.add({group, QStringLiteral("one plan to PDF (median)"), median(ours), QStringLiteral("ms"), median(baseline),
                QStringLiteral("plain QTextDocument::print of the plan as HTML")});
    report.add({group, QStringLiteral("one plan to PDF (p90)"), percentile(ours, 90), QStringLiteral("ms"),
                percentile(baseline, 90), QStringLiteral("plain QTextDocument::print of the plan as HTML")});
    report.add({group, QStringLiteral("pages per plan"),
                double(pages) / double(std::min<qsizetype>(kSinglePlans, requests.size())), QStringLiteral("pages"), -1,
                QString()});

    QElapsedTimer timer;
    timer.start();
    core::DocumentPrinter printer(**db);
    if (auto s = printer.writePdf(pdf, requests); !s) {
        fail(s.error().toString());
    }
    const double batchMs = msSince(timer);
    const int batchPages = printer.totalPageCount();
    timer.restart();
    QString html;
    for (int i = 0; i < requests.size(); ++i) {
        html += (i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">")) +
                planHtml(store, requests.at(i).id) + QStringLiteral("</div>");
    }
    printHtml(html, plain);
    const double plainMs = msSince(timer);
    report.add({group, QStringLiteral("batch of plans, one PDF"), batchMs / 1000.0, QStringLiteral("s"),
                plainMs / 1000.0, QStringLiteral("the same plans as one plain HTML document printed")});
    report.add({group, QStringLiteral("batch pages"), double(batchPages), QStringLiteral("pages"), -1, QString()});
    report.add({group, QStringLiteral("batch PDF size"), double(fileSize(pdf)) / 1e6, QStringLiteral("MB"),
                double(fileSize(plain)) / 1e6, QStringLiteral("plain HTML print")});
}

} // namespace fieldcase::bench
