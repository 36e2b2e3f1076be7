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
import type { RegionKind } from '../anatomy/regions'

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

/** One care option in "What helps". It describes what exists and what guidelines say; it is never advice. */
export interface HelpItem {
  /** A few plain words, e.g. "Exercise and stretching" (no markup). */
  readonly title: string
  /** What the option is and who offers or recommends it. */
  readonly text: RichText
  /**
   * Shown as a caveat under the text: where guidelines disagree with each other or with the source
   * articles, where evidence is weak, or where an item is general practice rather than a cited guideline.
   */
  readonly note?: RichText
}

/**
 * Everything one explanation panel says about a region family. A sided region (hip, knee, ankle) shares
 * the panel of its kind; its `{side}` placeholders are filled for the chosen side.
 *
 * `SourceKey` is the id type of the sources table (`SourceId` in src/content/sources.ts).
 */
export interface RegionPanel<SourceKey extends string = string> {
  readonly kind: RegionKind
  /** The panel's heading, e.g. "Ankle and foot: when the ankle will not bend" (placeholders allowed, no glossary markup). */
  readonly title: RichText
  /** The problem at the origin, in the spirit of the chain's `condition` (placeholders allowed, no glossary markup). */
  readonly condition: RichText
  /** "What goes wrong": short paragraphs, one idea each. */
  readonly whatGoesWrong: readonly RichText[]
  /** "How it reaches the low back": exactly one step per link of the condition's chain, in its order. */
  readonly howItReachesTheBack: readonly PanelStep[]
  /** "What you may notice": short list items, not full paragraphs. */
  readonly whatYouMayNotice: readonly RichText[]
  /** "What helps": care options, each with an optional caveat. */
  readonly whatHelps: readonly HelpItem[]
  /** One short paragraph on how often a small change repeats (steps per day). */
  readonly didYouKnow: RichText
  /** Ids into `SOURCES`, in the order the panel lists them. */
  readonly sources: readonly SourceKey[]
}

/** What kind of publication a source is; the UI may group or label sources by it. */
export type SourceType = 'article' | 'guideline' | 'study' | 'review' | 'reference-work' | 'dataset'

interface SourceFields {
  readonly type: SourceType
  /** Authors or issuing body, e.g. "Bannuru et al." Missing where our reference does not name them. */
  readonly authors?: string
  /** Journal (with volume and first page when known), publisher or kind of web page. */
  readonly publishedIn: string
  readonly year?: number
  /** A DOI, PubMed or PMC id as plain text, e.g. "doi:10.1186/s13047-014-0058-1". */
  readonly identifier?: string
  /** Anything a reader should know about the source, e.g. "Updated 2020." */
  readonly note?: string
}

/**
 * One entry of the sources table. Citation text only: no URLs are needed or stored. A source has either
 * its published `title` or, where our reference does not give the title, our own short `description`
 * (show it so that it cannot be mistaken for a title, e.g. in brackets or italics).
 */
export type Source = SourceFields &
  (
    | { readonly title: string; readonly description?: never }
    | { readonly description: string; readonly title?: never }
  )

/** One glossary entry: the precise term and a short plain definition (plain text, no markup). */
export interface GlossaryEntry {
  /** The term as it is written in a heading, e.g. "Trendelenburg gait". */
  readonly term: string
  /** One or two plain sentences for a patient or a first-year student. */
  readonly definition: string
}
