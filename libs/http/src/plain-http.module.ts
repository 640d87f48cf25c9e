import { Module } from '@nestjs/common';
import { CsvBodyParser } from './csv/csv-body';

/** Registers what plain-HTTP routes need of Fastify (the streaming CSV body); import it where a controller reads CSV. */
@Module({ providers: [CsvBodyParser] })
export class PlainHttpModule {}
