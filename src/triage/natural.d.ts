/** Types for the few `natural` submodules the triage module imports (the package ships none for them). */
/*
 * The classifiers are imported from their own files: natural's classifiers/index.js also loads the
 * maxent POS tagger, which loads a 16 MB Dutch lexicon (≈ 26 MB of heap that every full GC marks).
 */
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export interface Classification { label: string; value: number }
  export interface StemmerLike { tokenizeAndStem(text: string, keepStops?: boolean): string[]; stem(token: string): string }
  /** The trained counts of natural's Bayes classifier (from the `apparatus` package it wraps). */
  export interface BayesCounts {
    classFeatures: Record<string, Record<number, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  }
  export default class BayesClassifier {
    constructor(stemmer?: StemmerLike, smoothing?: number);
    features: Record<string, number>;
    classifier: BayesCounts;
    textToFeatures(observation: string[]): number[];
    addDocument(text: string | string[], label: string): void;
    train(): void;
    classify(observation: string | string[]): string;
    getClassifications(observation: string | string[]): Classification[];
  }
}

declare module 'natural/lib/natural/classifiers/logistic_regression_classifier.js' {
  import type { Classification, StemmerLike } from 'natural/lib/natural/classifiers/bayes_classifier.js';
  export default class LogisticRegressionClassifier {
    constructor(stemmer?: StemmerLike);
    features: Record<string, number>;
    textToFeatures(observation: string[]): number[];
    addDocument(text: string | string[], label: string): void;
    train(): void;
    classify(observation: string | string[]): string;
    getClassifications(observation: string | string[]): Classification[];
  }
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}

declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    constructor();
    documents: Record<string, number>[];
    addDocument(document: string[], key?: string): void;
    idf(term: string): number;
    tfidfs(terms: string[], callback?: (index: number, measure: number, key: string) => void): number[];
  }
}
