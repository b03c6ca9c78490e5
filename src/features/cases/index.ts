// The cases feature as the rest of the app may use it; everything else in this folder is its own.
export { CaseListPage } from './CaseListPage';
export { CaseArticle, CasePage } from './CasePage';
export { CaseStatusText } from './CaseStatusText';
export { DeadlineStatusText } from './DeadlineStatusText';
export { HandToPasserBy } from './HandToPasserBy';
export { readFirstCaseScreen } from './caseScreenReads';
export { prepareCaseFormatting } from './prepareCaseFormatting';
