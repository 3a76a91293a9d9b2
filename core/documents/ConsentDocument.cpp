// SPDX-License-Identifier: GPL-3.0-or-later
// A consent form for one purpose, with the wording of the recorded text version.
#include "documents/ConsentTexts.h"
#include "documents/DocumentContent.h"

namespace fieldcase::core::content {

namespace {

using T = Documents;

} // namespace

Result<BodyInfo> consent(DocumentData& data, const Record& consent, DocumentBuilder& out) {
    auto person = data.record(QStringLiteral("person"), consent.text(QStringLiteral("person_id")));
    if (!person) {
        return person.error();
    }
    const QString table = QStringLiteral("consent");
    const QString name = data.personName(person->id);
    const QString purpose = DocumentData::show(consent, QStringLiteral("purpose"));
    const Record household = data.householdOf(*person);
    out.title(DocumentKinds::title(DocumentKind::Consent), T::tr("Purpose: %1").arg(purpose));

    const bool representative = consent.text(QStringLiteral("given_by")) == QStringLiteral("legal_representative");
    out.heading(T::tr("Person"));
    out.fields({{T::tr("Name"), name},
                {DocumentData::label(QStringLiteral("person"), QStringLiteral("birth_date")),
                 DocumentData::show(*person, QStringLiteral("birth_date"))},
                {DocumentData::label(QStringLiteral("household"), QStringLiteral("address")),
                 household.text(QStringLiteral("address"))},
                {T::tr("Locality"), data.localityName(household.text(QStringLiteral("locality_id")))},
                {DocumentData::label(table, QStringLiteral("given_by")),
                 DocumentData::show(consent, QStringLiteral("given_by"))},
                {DocumentData::label(table, QStringLiteral("representative_name")),
                 consent.text(QStringLiteral("representative_name"))}});

    out.heading(T::tr("What the consent is for"));
    const QString recordedVersion = consent.text(QStringLiteral("text_version"));
    const QString builtIn = QString::fromLatin1(ConsentTexts::kVersion);
    const QStringList wording = ConsentTexts::purposeText(consent.text(QStringLiteral("purpose")));
    for (const QString& paragraph : wording) {
        out.paragraph(paragraph);
    }
    out.subheading(T::tr("Your rights"));
    for (const QString& paragraph : ConsentTexts::rights()) {
        out.paragraph(paragraph);
    }
    if (recordedVersion != builtIn) {
        out.note(T::tr("The consent was recorded on text version %1; the wording above is version %2. Attach the "
                       "signed sheet of version %1 if it differs.")
                     .arg(recordedVersion, builtIn));
    } else {
        out.note(T::tr("Text version %1.").arg(builtIn));
    }

    out.heading(T::tr("Record of the consent"));
    out.fields(
        {{DocumentData::label(table, QStringLiteral("text_version")), recordedVersion},
         {DocumentData::label(table, QStringLiteral("method")), DocumentData::show(consent, QStringLiteral("method"))},
         {DocumentData::label(table, QStringLiteral("given_date")),
          DocumentData::show(consent, QStringLiteral("given_date"))},
         {DocumentData::label(table, QStringLiteral("recorded_by")),
          data.staffName(consent.text(QStringLiteral("recorded_by")))},
         {DocumentData::label(table, QStringLiteral("withdrawn_date")),
          DocumentData::show(consent, QStringLiteral("withdrawn_date"))}});
    if (!consent.text(QStringLiteral("withdrawn_date")).isEmpty()) {
        out.paragraph(T::tr("This consent was withdrawn on %1 and no longer applies.")
                          .arg(DocumentData::show(consent, QStringLiteral("withdrawn_date"))));
    }

    QList<Signatory> signatories;
    if (representative) {
        signatories.append(
            {T::tr("Legal representative of %1").arg(name), consent.text(QStringLiteral("representative_name"))});
    } else {
        signatories.append({T::tr("Person giving consent"), name});
    }
    signatories.append({T::tr("Staff member"), data.staffName(consent.text(QStringLiteral("recorded_by")))});
    out.signatureBlock(signatories, representative
                                        ? T::tr("I have read this form, or had it read to me, and I give this "
                                                "consent on behalf of the person named above.")
                                        : T::tr("I have read this form, or had it read to me, and I give this "
                                                "consent."));
    return BodyInfo{T::tr("%1 (%2): %3").arg(DocumentKinds::title(DocumentKind::Consent), purpose, name),
                    data.programmeOfLocality(household.text(QStringLiteral("locality_id")))};
}

} // namespace fieldcase::core::content
