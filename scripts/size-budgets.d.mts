export declare const KB: number
export interface Budget {
  what: string
  pick: RegExp
  measure: 'gzip' | 'raw' | 'wire'
  budget: number
}
export declare const BUDGETS: Budget[]
export interface BudgetRow {
  what: string
  files: string[]
  bytes: number
  budget: number
  ok: boolean
}
export declare function checkBudgets(files: { path: string; raw: number; gzip: number }[], budgets?: Budget[]): BudgetRow[]
export declare function formatBudgets(rows: BudgetRow[]): string
