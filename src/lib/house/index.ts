// House date styles: how a newsroom writes dates in a kicker, an axis or a credit line.
export { DATE_STYLES, readDateStyle, type DateStyle } from './styles';
export { formatDay, formatDays } from './day';
export { formatWeek, formatWeekend, formatMonth, formatMonths, formatSeason, formatQuarter, formatHalf, formatYear } from './period';
export { formatDecade, formatCentury, stretchWords } from './era';
export { formatWhen, statesYear } from './when';
