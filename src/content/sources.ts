/**
 * The sources the panels' facts come from: the two patient articles the explanations are built on, and
 * the studies and guidelines named in the project's biomechanics reference (its sections 1, 2 and 4).
 * Citations only; the app's sentences are its own. Where the reference gives no title, `description`
 * says in our words what the source is. Pure data: no React, no three.
 */
import type { Source } from './types'

const ENTRIES = {
  // The two articles the explanations are built on.
  'limping-back-pain-article': {
    type: 'article',
    title: 'Limping & Back Pain',
    publishedIn: 'Fact-checked patient article on a public health website',
    note: 'Author and date not given in the copy we used.',
  },
  'spine-clinic-article': {
    type: 'article',
    title: 'Can limping cause back pain?',
    publishedIn: "A spine clinic's patient article (public web page)",
    note: 'Used for its medical facts only.',
  },

  // Guidelines.
  'nice-ng59': {
    type: 'guideline',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publishedIn: 'NICE guideline',
    year: 2016,
    note: 'Updated 2020.',
  },
  'acp-2017': {
    type: 'guideline',
    authors: 'Qaseem et al., American College of Physicians',
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
    publishedIn: 'Annals of Internal Medicine 166:514',
    year: 2017,
  },
  'oarsi-2019': {
    type: 'guideline',
    authors: 'Bannuru et al., Osteoarthritis Research Society International (OARSI)',
    title: 'OARSI guidelines for the non-surgical management of knee, hip, and polyarticular osteoarthritis',
    publishedIn: 'Osteoarthritis and Cartilage 27:1578',
    year: 2019,
  },
  'vuurberg-2018': {
    type: 'guideline',
    authors: 'Vuurberg et al.',
    title: 'Diagnosis, treatment and prevention of ankle sprains: update of an evidence-based clinical guideline',
    publishedIn: 'British Journal of Sports Medicine 52:956',
    year: 2018,
  },

  // Low back and nerve roots.
  'harrisons-19': {
    type: 'reference-work',
    title: "Harrison's Principles of Internal Medicine, 19th edition",
    publishedIn: 'McGraw-Hill',
    year: 2015,
    note: 'Table 48-1: the lumbosacral nerve roots, their muscles, reflexes and skin areas.',
  },
  'msd-radiculopathy': {
    type: 'reference-work',
    title: 'Lumbosacral radiculopathy',
    publishedIn: 'MSD Manual',
  },
  'sciatica-survey': {
    type: 'study',
    description: 'Survey paper on sciatica; its introduction gives the share of cases caused by a herniated disc',
    publishedIn: 'European Neurology 84:219',
  },
  'five-minute-consult': {
    type: 'reference-work',
    authors: 'Schaider et al. (editors)',
    title: "Rosen & Barkin's 5-Minute Emergency Medicine Consult",
    publishedIn: 'Clinical reference book',
    year: 2020,
  },
  'sciatic-list-2022': {
    type: 'study',
    title: 'Characteristics of sciatic scoliotic list in lumbar disc herniation',
    publishedIn: 'Global Spine Journal',
    year: 2022,
    identifier: 'doi:10.1177/21925682221126123',
  },
  'ldh-gait-review': {
    type: 'review',
    description: 'Review of how people with lumbar disc herniation and low back pain walk',
    publishedIn: 'Journal of Spine Surgery',
    identifier: 'PMC8990405',
  },
  'statpearls-steppage': {
    type: 'reference-work',
    title: 'Steppage gait',
    publishedIn: 'StatPearls (NCBI Bookshelf)',
  },
  'cappozzo-1984': {
    type: 'study',
    authors: 'Cappozzo',
    title: 'Compressive loads in the lumbar vertebral column during normal level walking',
    publishedIn: 'Journal of Orthopaedic Research',
    year: 1984,
  },
  'sadler-2017': {
    type: 'study',
    authors: 'Sadler et al.',
    description: 'Prospective study of low-back movement and muscle flexibility as risk factors for new low back pain',
    publishedIn: 'BMC Musculoskeletal Disorders 18:179',
    year: 2017,
  },
  'carette-1997': {
    type: 'study',
    authors: 'Carette et al.',
    title: 'Epidural corticosteroid injections for sciatica due to herniated nucleus pulposus',
    publishedIn: 'New England Journal of Medicine 336:1634',
    year: 1997,
  },

  // Hip and pelvis.
  'bergmann-2001': {
    type: 'study',
    authors: 'Bergmann et al.',
    title: 'Hip contact forces and gait patterns from routine activities',
    publishedIn: 'Journal of Biomechanics 34:859',
    year: 2001,
  },
  'hurwitz-1997': {
    type: 'study',
    authors: 'Hurwitz et al.',
    description: 'Walking changes in people with hip osteoarthritis and their link to pain and hip motion',
    publishedIn: 'Journal of Orthopaedic Research 15:629',
    year: 1997,
  },
  'cooper-2016': {
    type: 'study',
    authors: 'Cooper et al.',
    description: 'Gluteus medius weakness in 150 people with chronic low back pain compared with 75 healthy controls',
    publishedIn: 'European Spine Journal 25:1258',
    year: 2016,
  },
  'prather-2017': {
    type: 'study',
    authors: 'Prather et al.',
    description: 'Hip range of motion and hip findings in 101 people with low back pain',
    publishedIn: 'Journal of Orthopaedic & Sports Physical Therapy 47:163',
    year: 2017,
  },
  'brand-1980': {
    type: 'study',
    authors: 'Brand & Crowninshield',
    description: 'How a cane changes the force inside the hip joint',
    publishedIn: 'Clinical Orthopaedics and Related Research 147:181',
    year: 1980,
  },
  'cane-hip-oa-2022': {
    type: 'study',
    description: 'Cane use and hip loading in late-stage hip osteoarthritis',
    publishedIn: 'Archives of Rehabilitation Research and Clinical Translation 4:100209',
    year: 2022,
    identifier: 'PubMed 36123985',
  },

  // Knee.
  'opensim-normal-gait': {
    type: 'dataset',
    authors: 'OpenSim project',
    description: 'Joint angles over one cycle of normal walking, from the gait2392 tutorial model (normal.mot)',
    publishedIn: 'opensim-models repository',
  },
  'stanhope-2014': {
    type: 'study',
    authors: 'Stanhope et al.',
    description: 'Definitions and measures of hip hiking and circumduction in walking',
    publishedIn: 'Clinical Biomechanics 29:518',
    year: 2014,
  },
  'harato-knee-spine': {
    type: 'study',
    authors: 'Harato et al.',
    title: 'A gait analysis of simulated knee flexion contracture to elucidate knee-spine syndrome',
    publishedIn: 'Gait & Posture',
    note: 'Publication year not confirmed.',
  },
  'rahbar-2015': {
    type: 'study',
    authors: 'Rahbar et al.',
    description: 'Case-control study of low back pain in people with and without knee pain (170 people)',
    publishedIn: 'Journal of the Pakistan Medical Association 65:626',
    year: 2015,
  },

  'knee-oa-gait-2009': {
    type: 'study',
    description: 'Walking in people with knee osteoarthritis: knee bending, speed and sideways trunk sway',
    publishedIn: 'Journal of Orthopaedic Research 27:78',
    year: 2009,
  },

  // Ankle and foot.
  'ankle-sprain-epidemiology': {
    type: 'study',
    description:
      'Gait study of chronic ankle instability; its introduction gives how common lateral sprains and lasting instability are',
    publishedIn: 'Journal of Sport Biomechanics',
    year: 2026,
  },
  'clifford-2014': {
    type: 'article',
    authors: 'Clifford',
    title: 'Understanding the biomechanics of equinus',
    publishedIn: 'Podiatry Today',
    year: 2014,
  },
  'wheeless-equinus': {
    type: 'reference-work',
    title: 'Ankle equinus contracture',
    publishedIn: "Wheeless' Textbook of Orthopaedics (online)",
  },
  'cai-gait-2014': {
    type: 'study',
    description: 'Walking speed, cadence, step length and width in chronic ankle instability compared with controls',
    publishedIn: 'Journal of Foot and Ankle Research',
    year: 2014,
    identifier: 'doi:10.1186/s13047-014-0058-1',
  },
  'cai-kinematics-2019': {
    type: 'study',
    description: 'Hip, knee and ankle movement while walking in chronic ankle instability (100 people and 100 controls)',
    publishedIn: 'Journal of Athletic Training',
    year: 2019,
    identifier: 'PMC6602400',
  },

  // Steps per day.
  'tudor-locke-2011': {
    type: 'review',
    authors: 'Tudor-Locke et al.',
    title: 'How many steps/day are enough? For adults',
    publishedIn: 'International Journal of Behavioral Nutrition and Physical Activity 8:79',
    year: 2011,
  },
} as const satisfies Record<string, Source>

/** The id of an entry in `SOURCES`; panels list their sources by these ids. */
export type SourceId = keyof typeof ENTRIES

/** Every source by id, grouped by topic in the order above. */
export const SOURCES: Readonly<Record<SourceId, Source>> = ENTRIES

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id)
}

/**
 * One line of plain citation text: authors, title (or our description in square brackets), where and
 * when it was published, its identifier and note. Parts a source lacks are left out.
 */
export function formatCitation(source: Source): string {
  const parts: string[] = []
  if (source.authors) parts.push(source.authors)
  parts.push(source.title ?? `[${source.description}]`)
  parts.push(source.year === undefined ? source.publishedIn : `${source.publishedIn}, ${source.year}`)
  if (source.identifier) parts.push(source.identifier)
  if (source.note) parts.push(source.note.replace(/\.$/, ''))
  return parts.map((part) => (/[.?!]$/.test(part) ? part : `${part}.`)).join(' ')
}
