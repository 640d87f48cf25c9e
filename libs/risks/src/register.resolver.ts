import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, Ctx, type GqlContext, loaderFor, Public, RequestContext } from '@app/common';
import { DecisionsService } from './decisions.service';
import { OutcomePageService } from './outcome-page.service';
import {
  AddDisagreementInput,
  AddRiskInput,
  ArbitrateDisagreementInput,
  OutcomePageArgs,
  OutcomePageInput,
  ProgrammeRegisterArgs,
  RecordDecisionInput,
  UpdateDecisionInput,
  UpdateDisagreementInput,
  UpdateRiskInput,
} from './register.inputs';
import { Arbitration, Decision, Disagreement, IssuedOutcomePageLink, OutcomePageLink, PublishedOutcomePage, Risk } from './register.model';
import { RegisterService } from './register.service';

/**
 * A programme's risks and disagreements (writing them is PLAN, like every plan), the decisions
 * that settle them or answer what people said (DECIDE_AND_PUBLISH), and its "you said, we did"
 * page (DECIDE_AND_PUBLISH to publish, anyone with the link to read): libs/common/src/policy.ts.
 */
@Resolver(() => Disagreement)
export class RegisterResolver {
  constructor(
    private readonly register: RegisterService,
    private readonly decisions: DecisionsService,
    private readonly pages: OutcomePageService,
  ) {}

  @Query(() => [Risk], { description: 'The programme’s risks: open first, then being mitigated, then closed; the heaviest first in each.' })
  @Can(Action.READ)
  programmeRisks(@Ctx() ctx: RequestContext, @Args() args: ProgrammeRegisterArgs): Promise<Risk[]> {
    return this.register.risks(ctx, args.programmeId);
  }

  @Query(() => [Disagreement], { description: 'Disagreements between groups in the programme, in the order recorded.' })
  @Can(Action.READ)
  programmeDisagreements(@Ctx() ctx: RequestContext, @Args() args: ProgrammeRegisterArgs): Promise<Disagreement[]> {
    return this.register.disagreements(ctx, args.programmeId);
  }

  @Query(() => [Decision], { description: 'The programme’s decisions, arbitrations included, newest first.' })
  @Can(Action.READ)
  programmeDecisions(@Ctx() ctx: RequestContext, @Args() args: ProgrammeRegisterArgs): Promise<Decision[]> {
    return this.decisions.ofProgramme(ctx, args.programmeId);
  }

  @Query(() => OutcomePageLink, {
    nullable: true,
    description: 'The programme’s "you said, we did" link as it stands; null when it has none.',
  })
  @Can(Action.READ)
  outcomePageLink(@Ctx() ctx: RequestContext, @Args() args: ProgrammeRegisterArgs): Promise<OutcomePageLink | null> {
    return this.pages.link(ctx, args.programmeId);
  }

  @Query(() => PublishedOutcomePage, {
    description:
      'Anyone with a programme’s "you said, we did" link, signed in or not: the decisions it published. /feeds/<token>/you-said-we-did.json says the same.',
  })
  @Public()
  publicOutcomePage(@Ctx() ctx: RequestContext, @Args() args: OutcomePageArgs): Promise<PublishedOutcomePage> {
    return this.pages.publicPage(ctx, args.token);
  }

  @Mutation(() => Risk, { description: 'Adds a risk to the programme’s register, OPEN. A sanction comes back with a warning.' })
  @Can(Action.PLAN)
  addRisk(@Ctx() ctx: RequestContext, @Args('input') input: AddRiskInput): Promise<Risk> {
    return this.register.addRisk(ctx, input);
  }

  @Mutation(() => Risk, { description: 'Changes a risk or moves its status (OPEN → MITIGATING → CLOSED, reopened when it returns).' })
  @Can(Action.PLAN)
  updateRisk(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRiskInput): Promise<Risk> {
    return this.register.updateRisk(ctx, input);
  }

  @Mutation(() => Disagreement, { description: 'Records that groups differ about something, and who is to decide.' })
  @Can(Action.PLAN)
  addDisagreement(@Ctx() ctx: RequestContext, @Args('input') input: AddDisagreementInput): Promise<Disagreement> {
    return this.register.addDisagreement(ctx, input);
  }

  @Mutation(() => Disagreement, { description: 'Changes an open disagreement, marks it settled or withdrawn, or reopens it.' })
  @Can(Action.PLAN)
  updateDisagreement(@Ctx() ctx: RequestContext, @Args('input') input: UpdateDisagreementInput): Promise<Disagreement> {
    return this.register.updateDisagreement(ctx, input);
  }

  @Mutation(() => Arbitration, {
    description:
      'Records the decision that settles an open disagreement (e.g. the politicians’ arbitration) with its reason, who and when.',
  })
  @Can(Action.DECIDE_AND_PUBLISH)
  arbitrateDisagreement(@Ctx() ctx: RequestContext, @Args('input') input: ArbitrateDisagreementInput): Promise<Arbitration> {
    return this.register.arbitrate(ctx, input);
  }

  @Mutation(() => Decision, { description: 'Records a decision taken on a workshop output, a survey or an initiative of the programme.' })
  @Can(Action.DECIDE_AND_PUBLISH)
  recordDecision(@Ctx() ctx: RequestContext, @Args('input') input: RecordDecisionInput): Promise<Decision> {
    return this.decisions.record(ctx, input);
  }

  @Mutation(() => Decision, {
    description: 'Sets what changed because of a decision, or shows it on (or takes it off) the "you said, we did" page.',
  })
  @Can(Action.DECIDE_AND_PUBLISH)
  updateDecision(@Ctx() ctx: RequestContext, @Args('input') input: UpdateDecisionInput): Promise<Decision> {
    return this.decisions.update(ctx, input);
  }

  @Mutation(() => IssuedOutcomePageLink, { description: 'Makes a new "you said, we did" link; the one before stops working at once.' })
  @Can(Action.DECIDE_AND_PUBLISH)
  issueOutcomePageLink(@Ctx() ctx: RequestContext, @Args('input') input: OutcomePageInput): Promise<IssuedOutcomePageLink> {
    return this.pages.issue(ctx, input.programmeId);
  }

  @Mutation(() => Boolean, { description: 'Stops the programme’s "you said, we did" link; false when it had none.' })
  @Can(Action.DECIDE_AND_PUBLISH)
  revokeOutcomePageLink(@Ctx() ctx: RequestContext, @Args('input') input: OutcomePageInput): Promise<boolean> {
    return this.pages.revoke(ctx, input.programmeId);
  }

  @ResolveField(() => Decision, { nullable: true, description: 'The decision that arbitrated it, once ARBITRATED.' })
  arbitration(@Parent() disagreement: Disagreement, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Decision | null> {
    return loaderFor<string, Decision>(gql, 'disagreement.arbitration', async (ids) =>
      alignByKey(ids, await this.register.arbitrationsOf(ctx, ids), (d) => d.sourceId),
    ).load(disagreement.id);
  }
}
