import { en } from './en';
import { type Messages, vi } from './vi';

export type Language = 'vi' | 'en';

export const catalogues: Record<Language, Messages> = { vi, en };

const storageKey = 'mangxanh.language';

// Storage can be switched off (private modes, locked-down browsers); the app then simply starts in Vietnamese.
export function readLanguagePreference(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLanguagePreference(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // the choice then lasts for this visit only
  }
}
