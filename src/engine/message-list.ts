/**
 * Separates the items of a list parameter of a finding's message (`'2025-01-06|2025-05-12'`):
 * rules join with it, and the wording renders each item as its term, joined with 、 in Chinese
 * and ", " in English.
 */
export const LIST = '|';
