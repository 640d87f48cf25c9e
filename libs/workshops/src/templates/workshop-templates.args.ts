import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '@app/common';

@ArgsType()
export class MyWorkshopTemplatesArgs extends PageArgs {}
