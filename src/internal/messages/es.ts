import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Por',
  updated: 'Actualizado',
  photo: (c) => `Foto: ${c}`,
  trending: 'Lo más leído',
  readingTime: (m) => `${m} de lectura`,
  unavailable: (w) =>
    ({
      article: 'No se puede mostrar la noticia.',
      stories: 'No se puede mostrar la lista de noticias.',
      photo: 'No se puede mostrar la foto.',
      byline: 'No se puede mostrar la firma.',
    })[w],
  loading: 'Cargando…',
  empty: 'No hay noticias por ahora.',
  license: 'Licencia',
  labels: { live: 'En directo', breaking: 'Última hora', opinion: 'Opinión', analysis: 'Análisis', sponsored: 'Patrocinado' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
