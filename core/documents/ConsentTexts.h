// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

// The wording of the consent forms, one text per purpose. The version is printed on the form
// and recorded with the consent (consent.text_version), so a signed sheet can be matched to the
// exact text. Change kVersion whenever a wording changes.
class ConsentTexts {
    Q_DECLARE_TR_FUNCTIONS(ConsentTexts)

public:
    static constexpr const char* kVersion = "2026-1";

    // The paragraphs specific to a purpose (empty for an unknown purpose).
    static QStringList purposeText(const QString& purpose);
    // The paragraphs on the person's rights, the same on every form.
    static QStringList rights();
};

} // namespace fieldcase::core
