import type { DashboardMessages } from './dashboard-vi';
import { formatNumber } from './format';

export const dashboardEn: DashboardMessages = {
  title: 'Reporting overview',
  intro: (unit) => `Reporting of ${unit} and the units below it.`,
  schoolIntro: (unit) => `The reports ${unit} has to submit, their deadlines, and the plans it has to issue.`,
  round: 'Reporting round',
  roundOption: (title, open) => `${title}${open ? ' (open)' : ' (closed)'}`,
  noRounds: 'There is no reporting round your unit follows yet.',
  roundLink: 'Open the round',
  reviewQueue: (count: number) =>
    `${formatNumber(count)} report${count === 1 ? ' is' : 's are'} waiting for your unit’s review`,
  reviewQueueLink: 'Review these reports',
  schoolLevel: 'School level',
  anySchoolLevel: 'All school levels',
  notAllowed: 'Your current role does not follow reports. Switch to another role if you have one.',
  completeness: {
    title: 'Reports submitted',
    byCommune: 'By commune, and schools run by the department',
    byProvince: 'By province',
    unit: 'Unit',
    expected: 'Expected',
    submitted: 'Submitted',
    onTime: 'On time',
    late: 'Late',
    missing: 'Overdue, not submitted',
    approved: 'Approved',
    share: 'Share submitted',
    total: 'Total',
    empty: 'No unit has to report in this scope.',
    summary: (submitted, expected, share, late, missing) =>
      `${submitted} of ${expected} reports submitted (${share}); ${late} submitted late, ${missing} overdue and not submitted.`,
  },
  map: {
    title: 'Map of the share submitted',
    valueLabel: 'Share submitted (%)',
    provinceNote:
      'The map has province boundaries only: the department’s province is shaded by its share submitted.',
  },
  attainment: {
    title: 'Indicators against their targets',
    chartLabel: 'Chart of each indicator’s value against its target',
    indicator: 'Indicator',
    value: 'Value',
    target: 'Target',
    reported: 'Units reported',
    meeting: 'Units meeting the target',
    met: 'Met',
    notMet: 'Not met',
    noValue: 'No data yet',
    noTarget: 'No target',
    targetLine: 'Black line: target',
    showTable: 'Show the figures as a table',
    table: 'Table of the indicators’ values and targets',
    summary: (met, withTarget) =>
      withTarget === 0
        ? 'The indicators of this round have no target to compare with.'
        : `${met} of ${withTarget} indicators with a target meet it.`,
    basis: (reported: number, expected: number) =>
      reported === expected
        ? `Based on all ${expected} reports.`
        : `Based on the ${reported} of ${expected} reports submitted so far; it changes as other units submit.`,
    empty: 'The form of this round has no quantitative indicator.',
  },
  trend: {
    title: 'Trend across years',
    indicator: 'Indicator',
    chartLabel: (indicator) => `Chart of the value and target of “${indicator}” across years`,
    year: 'Target year',
    round: 'Reporting round',
    value: 'Value',
    target: 'Target',
    legendValue: 'Bars: value',
    legendTarget: 'Black line: target',
    summary: (indicator, points, first, last) =>
      points === 0
        ? `“${indicator}” has no data yet: the trend appears as units submit their reports.`
        : points === 1
          ? `“${indicator}” has data from one round so far (${last}); the trend appears with the next round.`
          : `“${indicator}” over ${points} rounds: from ${first} to ${last}.`,
    empty: 'There is no plan indicator to follow across years yet.',
  },
  outstanding: {
    title: 'Late and missing units',
    intro: 'Units that have not submitted (overdue first) and units that submitted late.',
    table: 'Table of the late and missing units',
    unit: 'Unit',
    state: 'State',
    dueOn: 'Due',
    contacts: 'Reminder recipients',
    states: {
      missing: 'Overdue, not submitted',
      late: 'Submitted late',
      pending: 'Not submitted, still due',
    },
    empty: 'Every unit has submitted its report on time.',
    shown: (shown, total) => `Showing ${shown} of ${total} units.`,
    showMore: (count) => `Show ${count} more units`,
    noOneToRemind:
      'No one at the units still owing their report receives reminders: give them a reporter or leader account.',
  },
  school: {
    reportsTitle: 'Your unit’s reports',
    dueOn: (date) => `Due on ${date}`,
    submittedAt: (date) => `Submitted on ${date}`,
    empty: 'Your unit has no report in an open round.',
  },
  flags: { overdue: 'Overdue', late: 'Submitted late' },
  communeSchools: {
    title: 'Reports of the schools',
    table: 'Table of the schools’ report status',
    unit: 'School',
    status: 'Status',
    dueOn: 'Due',
    submittedAt: 'Submitted on',
    shown: (shown, total) => `Showing ${shown} of ${total} schools.`,
    empty: 'No school has to report in this round.',
  },
  dash: '—',
};
