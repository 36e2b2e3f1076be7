export declare function distFiles(dir: string): { path: string; raw: number; gzip: number }[]
