// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleresult.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace Elson {

/**
 * The verdicts of the validation rules about one field of the order ticket (or the
 * ticket as a whole): one line per rule with an icon, the colour of its verdict and
 * the rule's message; a warning carries an acknowledge checkbox. Lines are updated
 * in place while the user types, so a focused checkbox keeps its focus. Hidden while
 * there is nothing to say.
 */
class VerdictView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictView)

public:
    explicit VerdictView(QWidget *parent = nullptr);
    ~VerdictView() override;

    /**
     * Shows @p results (passes are skipped). A warning gets a checkbox unless its rule
     * is in @p acknowledgedElsewhere (acknowledged by another control, such as the
     * "queue for the open" checkbox).
     */
    void setResults(const QList<RuleResult> &results,
                    const QSet<QString> &acknowledgedElsewhere = {});
    /** Adds plain notes below the verdicts (hints, the entry lock); replaces earlier notes. */
    void setNotes(const QStringList &notes);

    [[nodiscard]] const QList<RuleResult> &results() const { return m_results; }
    /** Every message shown, one per line (verdicts then notes). */
    [[nodiscard]] QString text() const;
    /** The worst verdict shown (Pass when none). */
    [[nodiscard]] RuleVerdict worst() const;
    /** The acknowledge checkbox of @p rule, or nullptr. */
    [[nodiscard]] QCheckBox *acknowledgeBox(const QString &rule) const;
    /** Every acknowledge checkbox, top to bottom (for the tab order). */
    [[nodiscard]] QList<QCheckBox *> acknowledgeBoxes() const;

    /** The colour a verdict is shown in on @p palette (readable on light and dark). */
    [[nodiscard]] static QColor colourFor(RuleVerdict verdict, bool acknowledged,
                                          const QPalette &palette);

Q_SIGNALS:
    /** The user ticked or cleared the acknowledgement of @p rule's warning. */
    void acknowledgementChanged(const QString &rule, bool acknowledged);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        QString rule;
        QWidget *row = nullptr;
        QLabel *icon = nullptr;
        QLabel *message = nullptr;
        QCheckBox *acknowledge = nullptr;
    };

    Line makeLine(const QString &rule);
    void updateLine(Line &line, const RuleResult &result, bool checkbox);
    void retranslate();

    QVBoxLayout *m_layout = nullptr;
    QList<Line> m_lines;
    QList<QLabel *> m_notes;
    QList<RuleResult> m_results;
};

} // namespace Elson
