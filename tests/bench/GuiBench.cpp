// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiBench.h"

#include "BenchReport.h"
#include "BenchUtil.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "casework/CaseLists.h"
#include "casework/DuplicateFinder.h"
#include "demo/DemoGenerator.h"
#include "domain/PersonDirectory.h"
#include "domain/Search.h"
#include "models/PersonListModel.h"
#include "pages/ListPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace fieldcase::bench {

namespace {

std::unique_ptr<core::Database> openDemo(int people, const QString& workDir) {
    const QString path = QDir(workDir).filePath(QStringLiteral("demo-%1.db").arg(people));
    const bool exists = QFile::exists(path);
    auto db = core::Database::open(path);
    if (!db) {
        fail(db.error().toString());
    }
    if (!exists) {
        std::fprintf(stderr, "[bench] %d people: demo generation for the GUI bench...\n", people);
        core::DemoOptions options;
        options.people = people;
        options.today = QDate(2026, 6, 1);
        if (auto summary = core::DemoGenerator::generate(**db, options); !summary) {
            fail(summary.error().toString());
        }
    }
    return std::move(*db);
}

// Names as typed, a keystroke at a time, for a sample of the people.
QStringList keystrokes(core::Database& db, int people) {
    QStringList typed;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT family_name || ' ' || given_names FROM person WHERE deleted = 0 AND rid % %1 = 0 "
                          "LIMIT 40")
               .arg(std::max(1, people / 40)));
    while (q.next()) {
        const QString name = q.value(0).toString();
        for (int k = 1; k <= name.size(); ++k) {
            typed.append(name.left(k));
        }
    }
    return typed;
}

} // namespace

void runGuiBench(int people, const QString& workDir, BenchReport& report) {
    const QString group = QStringLiteral("GUI, %L1 people").arg(people);
    auto db = openDemo(people, workDir);
    const QString path = db->path();
    db.reset();

    std::fprintf(stderr, "[bench] %d people: window to first painted list...\n", people);
    std::vector<double> windowTimes;
    std::vector<double> coreTimes;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        {
            auto opened = core::Database::open(path);
            if (!opened) {
                fail(opened.error().toString());
            }
            ui::MainWindow window(ui::AppContext{**opened});
            window.show();
            window.personView()->repaint();
            QApplication::processEvents();
            if (window.personModel()->rowCount() == 0) {
                fail(QStringLiteral("the window shows no people"));
            }
            windowTimes.push_back(msSince(timer));
        }
        timer.restart();
        auto opened = core::Database::open(path);
        core::PersonDirectory directory(**opened);
        auto page = directory.page({}, nullptr, ui::PersonListModel::kPageSize);
        auto count = directory.count({});
        if (!page || !count) {
            fail(QStringLiteral("first page failed"));
        }
        coreTimes.push_back(msSince(timer));
    }
    report.add({group, QStringLiteral("open to first painted list (median)"), median(windowTimes), QStringLiteral("ms"),
                median(coreTimes), QStringLiteral("core open + first page")});

    auto opened = core::Database::open(path);
    if (!opened) {
        fail(opened.error().toString());
    }
    core::Database& base = **opened;
    const QStringList typed = keystrokes(base, people);

    std::fprintf(stderr, "[bench] %d people: search per keystroke in the window...\n", people);
    std::vector<double> windowKeys;
    {
        ui::MainWindow window(ui::AppContext{base});
        window.show();
        QApplication::processEvents();
        window.searchField()->setFocus();
        for (const QString& text : typed) {
            QElapsedTimer timer;
            timer.start();
            // What one keystroke costs once the typing pause has passed: the person list is
            // filtered, the matches of people, households and localities offered, and both painted.
            window.searchField()->setText(text);
            window.searchNow();
            QApplication::processEvents();
            windowKeys.push_back(msSince(timer));
        }
    }
    std::vector<double> coreKeys;
    core::PersonDirectory directory(base);
    core::Search search(base);
    for (const QString& text : typed) {
        QElapsedTimer timer;
        timer.start();
        auto page = directory.page(text, nullptr, ui::PersonListModel::kPageSize);
        auto count = directory.count(text);
        coreKeys.push_back(msSince(timer));
        if (!page || !count) {
            fail(QStringLiteral("search failed"));
        }
    }
    report.add({group, QStringLiteral("keystrokes measured"), double(typed.size()), QStringLiteral("queries"), -1, {}});
    report.add({group, QStringLiteral("window search per keystroke p50"), percentile(windowKeys, 50),
                QStringLiteral("ms"), percentile(coreKeys, 50), QStringLiteral("core person search alone")});
    report.add({group, QStringLiteral("window search per keystroke p95"), percentile(windowKeys, 95),
                QStringLiteral("ms"), percentile(coreKeys, 95), QStringLiteral("core person search alone")});

    std::fprintf(stderr, "[bench] %d people: duplicate check of a new person...\n", people);
    std::vector<double> duplicateTimes;
    std::vector<double> birthYearTimes;
    {
        QSqlQuery q(base.connection());
        q.exec(QStringLiteral("SELECT family_name, given_names, birth_name, birth_date FROM person WHERE deleted = 0 "
                              "AND birth_date IS NOT NULL AND rid % %1 = 0 LIMIT 50")
                   .arg(std::max(1, people / 50)));
        core::DuplicateFinder finder(base);
        while (q.next()) {
            const core::PersonIdentity who{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString()};
            QElapsedTimer timer;
            timer.start();
            auto found = finder.find(who);
            duplicateTimes.push_back(msSince(timer));
            if (!found || found->isEmpty()) {
                fail(QStringLiteral("a stored person was not found as their own duplicate"));
            }
            timer.restart();
            QSqlQuery year(base.connection());
            year.prepare(QStringLiteral("SELECT id, family_name, given_names FROM person WHERE deleted = 0 AND "
                                        "birth_date >= ? AND birth_date <= ?"));
            year.addBindValue(QString(who.birthDate.left(4) + QStringLiteral("-01-01")));
            year.addBindValue(QString(who.birthDate.left(4) + QStringLiteral("-12-31")));
            year.exec();
            while (year.next()) {
            }
            birthYearTimes.push_back(msSince(timer));
        }
    }
    report.add({group, QStringLiteral("duplicate check of a new person p95"), percentile(duplicateTimes, 95),
                QStringLiteral("ms"), percentile(birthYearTimes, 95), QStringLiteral("raw same-birth-year select")});

    std::fprintf(stderr, "[bench] %d people: first page of each case-work list...\n", people);
    core::CaseLists lists(base);
    for (const core::CaseList list : {core::CaseList::Households, core::CaseList::Plans, core::CaseList::Visits,
                                      core::CaseList::OverdueReviews, core::CaseList::VisitsDue}) {
        std::vector<double> times;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            const core::CaseListQuery query{list, {}, QDate(2026, 6, 1)};
            auto page = lists.page(query, nullptr, 200);
            auto count = lists.count(query);
            if (!page || !count) {
                fail(QStringLiteral("list failed"));
            }
            times.push_back(msSince(timer));
        }
        report.add({group, QStringLiteral("first page + count: %1 (median)").arg(core::CaseLists::title(list)),
                    median(times), QStringLiteral("ms"), median(coreTimes),
                    QStringLiteral("core open + first page of people")});
    }
}

} // namespace fieldcase::bench
