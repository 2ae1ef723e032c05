import type { Messages } from '../messages.js';

// Intl’s short minute is «λ.», which news sites do not print: «3 λεπτά» instead.
const words: Messages = {
  by: 'Γράφει:',
  updated: 'Ενημερώθηκε',
  photo: (c) => `Φωτογραφία: ${c}`,
  trending: 'Πιο διαβασμένα',
  readingTime: (m) => `Χρόνος ανάγνωσης: ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Δεν είναι δυνατή η προβολή του άρθρου.',
      stories: 'Δεν είναι δυνατή η προβολή της λίστας άρθρων.',
      photo: 'Δεν είναι δυνατή η προβολή της φωτογραφίας.',
      byline: 'Δεν είναι δυνατή η προβολή των στοιχείων του συντάκτη.',
    })[w],
  loading: 'Φόρτωση…',
  empty: 'Δεν υπάρχουν άρθρα αυτή τη στιγμή.',
  license: 'Άδεια χρήσης',
  labels: { live: 'Ζωντανά', breaking: 'Έκτακτο', opinion: 'Άποψη', analysis: 'Ανάλυση', sponsored: 'Χορηγούμενο' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
