// SPDX-License-Identifier: GPL-3.0-or-later
// A consent form for one purpose, with the wording of the recorded text version.
#include "documents/ConsentTexts.h"
#include "documents/DocumentContent.h"

namespace fieldcase::core::content {

namespace {} // namespace

Result<BodyInfo> consent(DocumentData& data, const Record& consent, DocumentBuilder& out) {
    auto person = data.record(QStringLiteral("person"), consent.text(QStringLiteral("person_id")));
    if (!person) {
        return person.error();
    }
    const QString table = QStringLiteral("consent");
    const QString name = data.personName(person->id);
    const QString purpose = DocumentData::show(consent, QStringLiteral("purpose"));
    const Record household = data.householdOf(*person);
    out.title(DocumentKinds::title(DocumentKind::Consent), Documents::tr("Purpose: %1").arg(purpose));

    const bool representative = consent.text(QStringLiteral("given_by")) == QStringLiteral("legal_representative");
    out.heading(Documents::tr("Person"));
    out.fields({{Documents::tr("Name"), name},
                {DocumentData::label(QStringLiteral("person"), QStringLiteral("birth_date")),
                 DocumentData::show(*person, QStringLiteral("birth_date"))},
                {DocumentData::label(QStringLiteral("household"), QStringLiteral("address")),
                 household.text(QStringLiteral("address"))},
                {Documents::tr("Locality"), data.localityName(household.text(QStringLiteral("locality_id")))},
                {DocumentData::label(table, QStringLiteral("given_by")),
                 DocumentData::show(consent, QStringLiteral("given_by"))},
                {DocumentData::label(table, QStringLiteral("representative_name")),
                 consent.text(QStringLiteral("representative_name"))}});

    out.heading(Documents::tr("What the consent is for"));
    const QString recordedVersion = consent.text(QStringLiteral("text_version"));
    const QString builtIn = QString::fromLatin1(ConsentTexts::kVersion);
    const QStringList wording = ConsentTexts::purposeText(consent.text(QStringLiteral("purpose")));
    for (const QString& paragraph : wording) {
        out.paragraph(paragraph);
    }
    out.subheading(Documents::tr("Your rights"));
    for (const QString& paragraph : ConsentTexts::rights()) {
        out.paragraph(paragraph);
    }
    if (recordedVersion != builtIn) {
        out.note(
            Documents::tr("The consent was recorded on text version %1; the wording above is version %2. Attach the "
                          "signed sheet of version %1 if it differs.")
                .arg(recordedVersion, builtIn));
    } else {
        out.note(Documents::tr("Text version %1.").arg(builtIn));
    }

    out.heading(Documents::tr("Record of the consent"));
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
        out.paragraph(Documents::tr("This consent was withdrawn on %1 and no longer applies.")
                          .arg(DocumentData::show(consent, QStringLiteral("withdrawn_date"))));
    }

    QList<Signatory> signatories;
    if (representative) {
        signatories.append({Documents::tr("Legal representative of %1").arg(name),
                            consent.text(QStringLiteral("representative_name"))});
    } else {
        signatories.append({Documents::tr("Person giving consent"), name});
    }
    signatories.append({Documents::tr("Staff member"), data.staffName(consent.text(QStringLiteral("recorded_by")))});
    out.signatureBlock(signatories, representative
                                        ? Documents::tr("I have read this form, or had it read to me, and I give this "
                                                        "consent on behalf of the person named above.")
                                        : Documents::tr("I have read this form, or had it read to me, and I give this "
                                                        "consent."));
    return BodyInfo{Documents::tr("%1 (%2): %3").arg(DocumentKinds::title(DocumentKind::Consent), purpose, name),
                    data.programmeOfLocality(household.text(QStringLiteral("locality_id")))};
}

} // namespace fieldcase::core::content
