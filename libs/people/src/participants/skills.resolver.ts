import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { CreateSkillInput } from './skill.inputs';
import { Skill } from './skill.model';
import { SkillsService } from './skills.service';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly service: SkillsService) {}

  @Query(() => [Skill], { description: "The organisation's own list of skills, by name." })
  @Can(Action.READ)
  skills(@Ctx() ctx: RequestContext): Promise<Skill[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => Skill, { description: 'Adds a skill to the list; a name already there (ignoring case and spacing) is refused.' })
  @Can(Action.PLAN)
  createSkill(@Ctx() ctx: RequestContext, @Args('input') input: CreateSkillInput): Promise<Skill> {
    return this.service.create(ctx, input);
  }
}
