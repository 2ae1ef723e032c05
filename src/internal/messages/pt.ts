import type { Messages } from '../messages.js';

// Brazil as Folha and G1 write; Portugal (and Angola, Mozambique…) in the 1990 spelling of Expresso and RTP (Público keeps the old one).
const common = {
  by: 'Por',
  updated: 'Atualizado',
  photo: (c: string) => `Foto: ${c}`,
  trending: 'Mais lidas',
  readingTime: (m: string) => `${m} de leitura`,
  license: 'Licença',
};

const br: Messages = {
  ...common,
  unavailable: (w) =>
    ({
      article: 'Não foi possível exibir a notícia.',
      stories: 'Não foi possível exibir a lista de notícias.',
      photo: 'Não foi possível exibir a foto.',
      byline: 'Não foi possível exibir a autoria.',
    })[w],
  loading: 'Carregando…',
  empty: 'Nenhuma notícia no momento.',
  labels: { live: 'Ao vivo', breaking: 'Urgente', opinion: 'Opinião', analysis: 'Análise', sponsored: 'Patrocinado' },
};

const pt: Messages = {
  ...common,
  unavailable: (w) =>
    ({
      article: 'Não foi possível mostrar o artigo.',
      stories: 'Não foi possível mostrar a lista de artigos.',
      photo: 'Não foi possível mostrar a fotografia.',
      byline: 'Não foi possível mostrar a autoria.',
    })[w],
  loading: 'A carregar…',
  empty: 'Sem notícias de momento.',
  labels: { live: 'Em direto', breaking: 'Última hora', opinion: 'Opinião', analysis: 'Análise', sponsored: 'Patrocinado' },
};

export default (locale: Intl.Locale): Messages => (locale.region === 'BR' ? br : pt);
