// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringList>

class QWidget;

namespace fieldcase::ui {

// The letter of a text's keyboard mnemonic (the one after a single '&'), lower case; a null
// QChar when the text has none.
QChar mnemonicLetter(const QString& text);

// Gives each label a keyboard mnemonic (Alt+letter) that no other label of the group uses.
QStringList withMnemonics(const QStringList& labels, QString used = {});

// Makes the Alt+letter mnemonics of a whole dialog unique: the dialog's own buttons (Save,
// Cancel) keep theirs; then every label with a buddy and every other button, in the order they
// were made (the form first, then what a dialog adds below it), keeps its letter while that is
// free and otherwise gets the first free one, preferring the start of a word. A form, the
// widgets below it and the buttons are built by different code, and only the dialog sees them
// all at once.
void assignMnemonics(QWidget* dialog);

} // namespace fieldcase::ui
