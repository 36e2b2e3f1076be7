/**
 * The shape of the explanation panels' words. Pure types: no React, no three, no HTML.
 *
 * ## Rich text
 * Every text field typed `RichText` is a plain string with exactly two kinds of markup, nothing else:
 *
 * - **Side placeholders** `{side}` and `{otherSide}`: the side of the problem and the other one
 *   ("left" / "right", always lower case, so never put one at the start of a sentence). Only the
 *   panels of sided regions (hip, knee, ankle) use them; the UI fills them in for the chosen region.
 * - **Glossary references** `[[key]]` or `[[key|shown words]]`: `key` is a key of `GLOSSARY`
 *   (lower-case words joined by hyphens). Without shown words the key itself is shown, hyphens read
 *   as spaces (`[[nerve-root]]` shows "nerve root"); with them, the shown words are displayed
 *   (`[[tens|TENS]]`). The UI can make the words a button or tooltip that shows the definition.
 *
 * Any other brace or bracket is ordinary text, and so is anything that looks like HTML: the UI must
 * render the segments from `parseRichText` (src/content/richText.ts) as text nodes, never as markup.
 */
/** A string that may hold `{side}`/`{otherSide}` placeholders and `[[key]]`/`[[key|words]]` glossary references. */
export type RichText = string

/** One piece of a parsed `RichText`: plain text, or words that refer to a glossary entry. */
export type TextSegment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'term'
      /** A key of `GLOSSARY`. */
      readonly key: string
      /** The words to show in the running text. */
      readonly text: string
    }

/** One numbered step of "How it reaches the low back": it explains one link of the region's chain. */
export interface PanelStep {
  /** The `id` of the link in its condition's `links` (src/conditions/<id>/chain.ts) this step explains (same order). */
  readonly linkId: string
  /**
   * A sentence or two that says why this link happens. The link's own `title` (from the chain data)
   * is the natural heading of the step; this text goes beyond the link's short caption.
   */
  readonly text: RichText
}

/** A paragraph or list item with the sources its figures and findings rest on (ids listed in the panel). */
export interface Cited<SourceKey extends string = string> {
  readonly text: RichText
  /** Required whenever the text holds a figure (a digit with %, °, steps, mm, cm, degrees ...). */
  readonly sources?: readonly SourceKey[]
}

/** "At a glance": the short version presenter mode and phones show first (at most 120 words in all). */
export interface AtAGlance {
  /** What goes wrong, one sentence. */
  readonly whatGoesWrong: RichText
  /** The chain, one short line per link, in the chain's order. */
  readonly chain: readonly RichText[]
  /** One thing that helps, framed as an option. */
  readonly oneThingThatHelps: RichText
  /** A pointer to "Get help now". */
  readonly getHelp: RichText
}

/** One option in "What clinicians may offer": described, never prescribed, with who offers it. */
export interface OfferItem<SourceKey extends string = string> {
  /** A few plain words (no markup). */
  readonly title: string
  readonly text: RichText
  /** The guidelines or studies that support saying so (at least one). */
  readonly sources: readonly SourceKey[]
}

/** One item of "What the guidelines advise against or find no benefit for", with the guideline that says so. */
export interface AdviseAgainstItem<SourceKey extends string = string> {
  readonly title: string
  readonly text: RichText
  readonly sources: readonly SourceKey[]
}

/** A young person's version of the region's problems (teenagers are part of the audience). */
export interface TeenExample<SourceKey extends string = string> {
  readonly title: string
  readonly text: RichText
  readonly sources: readonly SourceKey[]
}

/** Classroom material, printable with the handout. */
export interface Classroom {
  readonly objectives: readonly [RichText, RichText]
  /** A person, their limp, what they notice. */
  readonly vignette: RichText
  /** Three questions; one of them on association versus cause. */
  readonly questions: readonly [RichText, RichText, RichText]
  readonly myth: { readonly myth: RichText; readonly fact: RichText }
}

/**
 * The sentence under the animation that the UI fills with the engine's number. `template` holds
 * `{degrees}`: the largest difference from normal walking, in either direction, of the low back's bend
 * on one step (per step, never a total over a day). `{side}`/`{otherSide}` may appear as elsewhere.
 */
export interface DailyFigure<SourceKey extends string = string> {
  readonly template: RichText
  readonly sources: readonly SourceKey[]
}

/**
 * Everything one explanation panel says about one condition. `SourceKey` is `SourceId`
 * (src/content/sources.ts); `RedFlagKey` is `RedFlagId` (src/content/redFlags.ts).
 */
export interface ConditionPanel<SourceKey extends string = string, RedFlagKey extends string = string> {
  /** The condition's id, e.g. "pinched-nerve-root". */
  readonly condition: string
  /** The panel's heading (placeholders allowed, no glossary markup). */
  readonly title: RichText
  readonly atAGlance: AtAGlance
  /** The urgent signs that matter for this condition, by key into the shared red-flag list. */
  readonly getHelpNow: readonly RedFlagKey[]
  readonly whatGoesWrong: readonly Cited<SourceKey>[]
  /** Exactly one step per link of the condition's chain, in the chain's order. */
  readonly howItReachesTheBack: readonly (PanelStep & { readonly sources?: readonly SourceKey[] })[]
  readonly whatYouMayNotice: readonly RichText[]
  readonly whatCliniciansMayOffer: readonly OfferItem<SourceKey>[]
  readonly whatGuidelinesAdviseAgainst: readonly AdviseAgainstItem<SourceKey>[]
  readonly teenExample: TeenExample<SourceKey>
  readonly classroom: Classroom
  readonly dailyFigure: DailyFigure<SourceKey>
  /** Every source the panel cites, in the order it lists them. */
  readonly sources: readonly SourceKey[]
}

/**
 * What kind of publication a source is, named as the source names itself (a systematic review is not
 * "a study"). `source-text` is one of the two articles the project was given as plain text: the facts it
 * holds are used only where a checkable source says the same, and no figure rests on it alone.
 */
export type SourceType =
  | 'guideline'
  | 'guideline-summary'
  | 'systematic-review'
  | 'narrative-review'
  | 'cohort-study'
  | 'cross-sectional-study'
  | 'case-control-study'
  | 'experimental-study'
  | 'case-series'
  | 'textbook'
  | 'reference-work'
  | 'article'
  | 'patient-information'
  | 'source-text'

/**
 * One entry of the sources table: a citation a reader can check. `url` is a citation link the reader may
 * click (a DOI link or the publisher's stable address); the app never fetches it.
 */
export interface Source {
  readonly type: SourceType
  /** Authors ("Smith JA, Stabbert H, et al.") or the issuing body ("National Institute for Health and Care Excellence"). */
  readonly authors: string
  /** Year of publication, or 'revised continuously' for living web guidance that carries no single year. */
  readonly year: number | 'revised continuously'
  /** The published title. */
  readonly title: string
  /** Journal with volume and pages, or the publisher. */
  readonly publishedIn: string
  /** A DOI ("10.1186/1479-5868-8-79"), when the source has one. */
  readonly doi?: string
  /** A stable address (https) for sources without a DOI; for DOIs the link is built from the DOI. */
  readonly url?: string
  /** Anything a reader should know, e.g. "Updated 2020." */
  readonly note?: string
}

/** One glossary entry: the precise term and a short plain definition (plain text, no markup). */
export interface GlossaryEntry {
  /** The term as it is written in a heading, e.g. "Trendelenburg gait". */
  readonly term: string
  /** One or two plain sentences for a patient or a first-year student. */
  readonly definition: string
}
