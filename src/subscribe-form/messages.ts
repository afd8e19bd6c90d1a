import { countLabel } from '../core/format.js';
import { catalog } from '../core/messages.js';

const en = {
  heading: 'Newsletter',
  description: 'The best stories of the day, in your inbox.',
  email: 'Email',
  placeholder: 'name@example.com',
  consent: 'I agree to receive the newsletter and to the processing of my email address.',
  privacy: 'Privacy policy',
  submit: 'Subscribe',
  sending: 'Subscribing…',
  retry: 'Try again',
  honeypot: 'Leave this field empty',
  errors: {
    required: 'Enter your email address.',
    invalid: 'Enter a valid email address, like name@example.com.',
    consent: 'Tick the box to agree before subscribing.',
  },
  outcomes: {
    success: 'Thank you! You are subscribed.',
    pending: 'Almost done: check your inbox and confirm your subscription.',
    exists: 'This address is already subscribed.',
    invalid: 'Check the address and try again.',
    server: 'Something went wrong on our side. Your address is kept: try again.',
    network: 'Could not connect. Check your connection and try again.',
    timeout: 'The server is taking too long to answer. Try again.',
  },
  wait: (locale: string, seconds: number) =>
    `Too many attempts. Try again in ${countLabel(locale, seconds, { one: 'second', other: 'seconds' })}.`,
};

const ru: typeof en = {
  heading: 'Рассылка',
  description: 'Главные материалы дня — у вас в почте.',
  email: 'Электронная почта',
  placeholder: 'name@example.com',
  consent: 'Согласен получать рассылку и на обработку адреса электронной почты.',
  privacy: 'Политика конфиденциальности',
  submit: 'Подписаться',
  sending: 'Подписываем…',
  retry: 'Попробовать ещё раз',
  honeypot: 'Оставьте это поле пустым',
  errors: {
    required: 'Введите адрес электронной почты.',
    invalid: 'Введите правильный адрес, например name@example.com.',
    consent: 'Отметьте согласие, чтобы подписаться.',
  },
  outcomes: {
    success: 'Спасибо! Вы подписаны.',
    pending: 'Почти готово: проверьте почту и подтвердите подписку.',
    exists: 'Этот адрес уже подписан.',
    invalid: 'Проверьте адрес и попробуйте ещё раз.',
    server: 'У нас что-то пошло не так. Адрес сохранён — попробуйте ещё раз.',
    network: 'Нет соединения. Проверьте подключение и попробуйте ещё раз.',
    timeout: 'Сервер слишком долго не отвечает. Попробуйте ещё раз.',
  },
  wait: (locale, seconds) =>
    `Слишком много попыток. Попробуйте через ${countLabel(locale, seconds, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}.`,
};

export const formMessages = catalog({ en, ru });
