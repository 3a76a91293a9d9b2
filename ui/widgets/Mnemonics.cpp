// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QWidget>

#include <functional>

namespace fieldcase::ui {

namespace {

struct Item {
    QString text;
    std::function<void(const QString&)> setText;
    bool fixed; // the dialog's own buttons: their letters are the ones users know
};

bool usable(QChar c, const QString& used) {
    return c.isLetter() && c.unicode() < 128 && !used.contains(c.toLower());
}

// The text without its mnemonic marker ("&&", a literal ampersand, stays).
QString stripped(const QString& text) {
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                out.append(QStringLiteral("&&"));
                ++i;
            }
            continue;
        }
        out.append(text.at(i));
    }
    return out;
}

// Marks the first free letter that starts a word, else the first free letter at all; the text
// stays without a mnemonic when every letter in it is taken.
QString marked(const QString& text, QString& used) {
    const QString plain = stripped(text);
    qsizetype at = -1;
    for (qsizetype i = 0; i < plain.size() && at < 0; ++i) {
        const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
        if (wordStart && usable(plain.at(i), used)) {
            at = i;
        }
    }
    for (qsizetype i = 0; i < plain.size() && at < 0; ++i) {
        if (usable(plain.at(i), used)) {
            at = i;
        }
    }
    if (at < 0) {
        return plain;
    }
    used.append(plain.at(at).toLower());
    QString out = plain;
    out.insert(at, QLatin1Char('&'));
    return out;
}

} // namespace

QChar mnemonicLetter(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList withMnemonics(const QStringList& labels, QString used) {
    QStringList out;
    for (const QString& label : labels) {
        out.append(mnemonicLetter(label).isNull() ? marked(label, used) : label);
    }
    return out;
}

void assignMnemonics(QWidget* dialog) {
    QList<Item> items;
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    QList<QAbstractButton*> boxButtons;
    for (QDialogButtonBox* box : boxes) {
        for (QAbstractButton* b : box->buttons()) {
            boxButtons.append(b);
            items.append({b->text(), [b](const QString& t) { b->setText(t); }, true});
        }
    }
    const auto widgets = dialog->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->window() != dialog) {
            continue; // a dialog opened over this one has its own letters
        }
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy() && label->textFormat() != Qt::RichText) {
            items.append({label->text(), [label](const QString& t) { label->setText(t); }, false});
        } else if (auto* button = qobject_cast<QAbstractButton*>(w);
                   button && !boxButtons.contains(button) && !button->text().isEmpty()) {
            items.append({button->text(), [button](const QString& t) { button->setText(t); }, false});
        }
    }
    QString used;
    QList<Item*> pending;
    for (Item& item : items) {
        const QChar letter = mnemonicLetter(item.text);
        if (item.fixed) {
            if (!letter.isNull()) {
                used.append(letter);
            }
        } else if (!letter.isNull() && !used.contains(letter)) {
            used.append(letter);
        } else {
            pending.append(&item);
        }
    }
    for (Item* item : std::as_const(pending)) {
        const QString text = marked(item->text, used);
        if (text != item->text) {
            item->setText(text);
        }
    }
}

} // namespace fieldcase::ui
