/**
 * The sources the panels cite. Every entry was checked (authors or issuing body, year, title, journal or
 * publisher, DOI or stable address) against an abstract, a publisher page or an index record before it
 * was added; sources that could not be checked were removed. A `url` is a citation link for the reader:
 * the app never fetches it. The two `source-text` entries are the articles the project was given.
 * Pure data: no React, no three.
 */
import type { Source } from './types'

const ENTRIES = {
  // The two articles the explanations started from (received as plain text; see tests/fixtures/source-articles).
  'limping-back-pain-article': {
    type: 'source-text',
    authors: 'Author not named in the copy supplied',
    year: 'revised continuously',
    title: 'Limping & Back Pain',
    publishedIn: 'Patient article on a public health website (publisher not recorded in the copy supplied)',
    note: 'Used only where a checkable source below says the same; no figure rests on it.',
  },
  'spine-clinic-article': {
    type: 'source-text',
    authors: 'A spine clinic (name left out: advertising)',
    year: 'revised continuously',
    title: 'Can Limping Cause Back Pain',
    publishedIn: "A spine clinic's patient web page",
    note: 'Used only where a checkable source below says the same; no figure rests on it.',
  },

  // Guidelines and their summaries.
  'nice-ng59': {
    type: 'guideline',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2016,
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publishedIn: 'NICE, London',
    url: 'https://www.nice.org.uk/guidance/ng59',
    note: 'Last updated December 2020.',
  },
  'nice-ng59-bmj': {
    type: 'guideline-summary',
    authors: 'Bernstein IA, Malik Q, Carville S, Ward S',
    year: 2017,
    title: 'Low back pain and sciatica: summary of NICE guidance',
    publishedIn: 'BMJ 356:i6748',
    doi: '10.1136/bmj.i6748',
  },
  'nice-cks-sciatica': {
    type: 'guideline-summary',
    authors: 'National Institute for Health and Care Excellence (NICE), Clinical Knowledge Summaries',
    year: 'revised continuously',
    title: 'Sciatica (lumbar radiculopathy)',
    publishedIn: 'NICE Clinical Knowledge Summaries',
    url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
    note: 'Red flags, among them cauda equina syndrome and severe or progressing weakness.',
  },
  'nice-cks-back-pain': {
    type: 'guideline-summary',
    authors: 'National Institute for Health and Care Excellence (NICE), Clinical Knowledge Summaries',
    year: 'revised continuously',
    title: 'Back pain - low (without radiculopathy)',
    publishedIn: 'NICE Clinical Knowledge Summaries',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
    note: 'Red flags for cancer, infection and fracture.',
  },
  'acp-2017': {
    type: 'guideline',
    authors: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American College of Physicians',
    year: 2017,
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
    publishedIn: 'Annals of Internal Medicine 166(7):514-530',
    doi: '10.7326/M16-2367',
  },
  'oarsi-2019': {
    type: 'guideline',
    authors: 'Bannuru RR, Osani MC, Vaysbrot EE, et al.',
    year: 2019,
    title: 'OARSI guidelines for the non-surgical management of knee, hip, and polyarticular osteoarthritis',
    publishedIn: 'Osteoarthritis and Cartilage 27(11):1578-1589',
    doi: '10.1016/j.joca.2019.06.011',
  },
  'nice-ng226': {
    type: 'guideline',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2022,
    title: 'Osteoarthritis in over 16s: diagnosis and management (NG226)',
    publishedIn: 'NICE, London',
    url: 'https://www.nice.org.uk/guidance/ng226',
  },
  'vuurberg-2018': {
    type: 'guideline',
    authors: 'Vuurberg G, Hoorntje A, Wink LM, et al.',
    year: 2018,
    title: 'Diagnosis, treatment and prevention of ankle sprains: update of an evidence-based clinical guideline',
    publishedIn: 'British Journal of Sports Medicine 52(15):956',
    doi: '10.1136/bjsports-2017-098106',
  },
  'rch-limp': {
    type: 'guideline',
    authors: "The Royal Children's Hospital Melbourne",
    year: 'revised continuously',
    title: 'Limping or non-weight bearing child (clinical practice guideline)',
    publishedIn: "The Royal Children's Hospital Melbourne, Clinical Practice Guidelines",
    url: 'https://www.rch.org.au/clinicalguide/guideline_index/Child_with_limp/',
  },
  'qld-limp': {
    type: 'guideline',
    authors: "Children's Health Queensland Hospital and Health Service",
    year: 'revised continuously',
    title: 'Limp: emergency management in children',
    publishedIn: 'Queensland Paediatric Emergency Care guidelines',
    url: 'https://childrens.health.qld.gov.au/guideline-limp-emergency-management-in-children/',
  },

  // Reference works.
  'harrisons-19': {
    type: 'textbook',
    authors: 'Kasper DL, Fauci AS, Hauser SL, Longo DL, Jameson JL, Loscalzo J (editors)',
    year: 2015,
    title: "Harrison's Principles of Internal Medicine, 19th edition",
    publishedIn: 'McGraw-Hill Education, New York',
    url: 'https://accessmedicine.mhmedical.com/',
    note: 'Table 48-1: the lumbosacral nerve roots and the muscles each one serves.',
  },
  'statpearls-scfe': {
    type: 'reference-work',
    authors: 'StatPearls Publishing',
    year: 'revised continuously',
    title: 'Slipped Capital Femoral Epiphysis',
    publishedIn: 'StatPearls (StatPearls Publishing)',
    url: 'https://www.statpearls.com/articlelibrary/viewarticle/29145',
  },
  'wheeless-equinus': {
    type: 'textbook',
    authors: "Wheeless' Textbook of Orthopaedics (online)",
    year: 'revised continuously',
    title: 'Ankle equinus contracture',
    publishedIn: "Wheeless' Textbook of Orthopaedics",
    url: 'http://www.wheelessonline.com/ortho/anke_equinus_contracture',
  },
  'clifford-2014': {
    type: 'article',
    authors: 'Clifford C',
    year: 2014,
    title: 'Understanding the biomechanics of equinus',
    publishedIn: 'Podiatry Today (September 2014)',
    url: 'https://www.hmpgloballearningnetwork.com/site/podiatry/understanding-biomechanics-equinus',
  },
  'esht-osgood': {
    type: 'patient-information',
    authors: 'East Sussex Healthcare NHS Trust',
    year: 'revised continuously',
    title: "Osgood-Schlatter's disease",
    publishedIn: 'East Sussex Healthcare NHS Trust patient leaflet',
    url: 'https://www.esht.nhs.uk/leaflet/osgood-schlatters-disease/',
  },

  // Studies and reviews.
  'smith-2022': {
    type: 'systematic-review',
    authors: 'Smith JA, Stabbert H, Bagwell JJ, Teng HL, Wade V, Lee SP',
    year: 2022,
    title: 'Do people with low back pain walk differently? A systematic review and meta-analysis',
    publishedIn: 'Journal of Sport and Health Science 11(4):450-465',
    doi: '10.1016/j.jshs.2022.02.001',
  },
  'erdag-2022': {
    type: 'case-series',
    authors: 'Erdağ Y, Pehlivanoğlu T',
    year: 2022,
    title:
      'A great mimicker of adolescent idiopathic scoliosis: sciatic scoliosis. A retrospective review of 18 adolescent patients with at least 2 years of follow-up',
    publishedIn: 'Journal of Turkish Spinal Surgery 33(4):129-134',
    doi: '10.4274/jtss.galenos.2022.70288',
  },
  'ruff-2019': {
    type: 'case-series',
    authors: 'Ruff AN, Cornelson SM, Wells CB, Kettner NW',
    year: 2019,
    title: 'Neural arch bone marrow edema and spondylolysis in adolescent cheerleaders: a case series',
    publishedIn: 'Journal of Chiropractic Medicine 18(4):335-342',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7486469/',
  },
  'cooper-2016': {
    type: 'case-control-study',
    authors: 'Cooper NA, Scavo KM, Strickland KJ, et al.',
    year: 2016,
    title: 'Prevalence of gluteus medius weakness in people with chronic low back pain compared to healthy controls',
    publishedIn: 'European Spine Journal 25(4):1258-1265',
    doi: '10.1007/s00586-015-4027-6',
  },
  'pohl-2015': {
    type: 'experimental-study',
    authors: 'Pohl MB, Kendall KD, Patel C, Wiley JP, Emery C, Ferber R',
    year: 2015,
    title: 'Experimentally reduced hip-abductor muscle strength and frontal-plane biomechanics during walking',
    publishedIn: 'Journal of Athletic Training 50(4):385-391',
    doi: '10.4085/1062-6050-49.5.07',
  },
  'lewis-2021': {
    type: 'cross-sectional-study',
    authors: 'Lewis CL, Halverstadt AL, Graber KA, et al.',
    year: 2021,
    title: 'Individuals with pre-arthritic hip pain walk with hip motion alterations common in individuals with hip OA',
    publishedIn: 'Frontiers in Sports and Active Living 3:719097',
    doi: '10.3389/fspor.2021.719097',
  },
  'harato-2008': {
    type: 'experimental-study',
    authors: 'Harato K, Nagura T, Matsumoto H, Otani T, Toyama Y, Suda Y',
    year: 2008,
    title: 'A gait analysis of simulated knee flexion contracture to elucidate knee-spine syndrome',
    publishedIn: 'Gait & Posture',
    doi: '10.1016/j.gaitpost.2008.05.008',
  },
  'song-1997': {
    type: 'cross-sectional-study',
    authors: 'Song KM, Halliday SE, Little DG',
    year: 1997,
    title: 'The effect of limb-length discrepancy on gait',
    publishedIn: 'Journal of Bone and Joint Surgery (American volume) 79(11):1690-1698',
    url: 'http://jbjs.org/content/79/11/1690',
  },
  'applebaum-2021': {
    type: 'narrative-review',
    authors: 'Applebaum A, Nessim A, Cho W',
    year: 2021,
    title: 'Overview and spinal implications of leg length discrepancy: narrative review',
    publishedIn: 'Clinics in Orthopedic Surgery 13(2):127-134',
    doi: '10.4055/cios20224',
  },
  'tudor-locke-2011': {
    type: 'systematic-review',
    authors: 'Tudor-Locke C, Craig CL, Brown WJ, et al.',
    year: 2011,
    title: 'How many steps/day are enough? For adults',
    publishedIn: 'International Journal of Behavioral Nutrition and Physical Activity 8:79',
    doi: '10.1186/1479-5868-8-79',
  },
  'tudor-locke-2011-special': {
    type: 'systematic-review',
    authors: 'Tudor-Locke C, Craig CL, Aoyagi Y, et al.',
    year: 2011,
    title: 'How many steps/day are enough? For older adults and special populations',
    publishedIn: 'International Journal of Behavioral Nutrition and Physical Activity 8:80',
    doi: '10.1186/1479-5868-8-80',
  },
} as const satisfies Record<string, Source>

/** The id of an entry in `SOURCES`; panels list their sources by these ids. */
export type SourceId = keyof typeof ENTRIES

/** Every source by id, grouped by kind in the order above. */
export const SOURCES: Readonly<Record<SourceId, Source>> = ENTRIES

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id)
}

/** The address a reader can follow: the DOI link when there is a DOI, else the stable URL. */
export function sourceLink(source: Source): string | undefined {
  return source.doi ? `https://doi.org/${source.doi}` : source.url
}

/** One line of plain citation text: authors, year, title, where published, DOI or address, note. */
export function formatCitation(source: Source): string {
  const year = typeof source.year === 'number' ? `(${source.year})` : '(revised continuously)'
  const parts = [`${source.authors} ${year}`, source.title, source.publishedIn]
  if (source.doi) parts.push(`doi:${source.doi}`)
  else if (source.url) parts.push(source.url)
  if (source.note) parts.push(source.note.replace(/\.$/, ''))
  return parts.map((part) => (/[.?!]$/.test(part) ? part : `${part}.`)).join(' ')
}
