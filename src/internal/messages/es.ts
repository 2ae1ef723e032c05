import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Por',
  updated: 'Actualizado',
  photo: (c) => `Foto: ${c}`,
  trending: 'Lo más leído',
  readingTime: (m) => `${m} de lectura`,
  unavailable: 'No se puede mostrar esta noticia.',
  loading: 'Cargando…',
  empty: 'No hay noticias por ahora.',
  license: 'Licencia',
  labels: { live: 'En directo', breaking: 'Última hora', opinion: 'Opinión', analysis: 'Análisis', sponsored: 'Patrocinado' },
};

export default words;
