// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fieldcase::ui {

// Enrolling a laptop on the central copy: its name, the worker who uses it, where to write the
// enrolment file. A passphrase is made and shown here once; it goes to the worker by another way
// than the file (by phone, on paper).
class EnrolDialog : public QDialog {
    Q_OBJECT

public:
    explicit EnrolDialog(AppContext context, QWidget* parent = nullptr);

    QLineEdit* deviceName() const { return m_device; }
    QComboBox* worker() const { return m_worker; }
    QLineEdit* output() const { return m_output; }
    QLineEdit* passphrase() const { return m_passphrase; }
    QLabel* status() const { return m_status; }
    bool enrol();

private:
    void chooseOutput();

    AppContext m_context;
    QLineEdit* m_device = nullptr;
    QComboBox* m_worker = nullptr;
    QLineEdit* m_output = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_enrol = nullptr;
};

// Joining a programme on a laptop: the enrolment file, its passphrase, the central copy's key as the
// supervisor gave it (a file signed with another key is refused; left empty, the key is shown after
// joining for the worker to compare), and where to keep the new database. On success the window
// opens the new database.
class JoinDialog : public QDialog {
    Q_OBJECT

public:
    explicit JoinDialog(QWidget* parent = nullptr);

    QString joinedDatabase() const { return m_joined; }
    QLineEdit* file() const { return m_file; }
    QLineEdit* passphrase() const { return m_passphrase; }
    QLineEdit* centralKey() const { return m_centralKey; }
    QLineEdit* database() const { return m_database; }
    QLabel* status() const { return m_status; }
    bool join();

private:
    QLineEdit* m_file = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_centralKey = nullptr;
    QLineEdit* m_database = nullptr;
    QLabel* m_status = nullptr;
    QString m_joined;
};

} // namespace fieldcase::ui
